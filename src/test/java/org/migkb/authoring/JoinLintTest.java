package org.migkb.authoring;

import org.junit.jupiter.api.Test;
import org.migkb.engine.RuleProblem;
import org.migkb.engine.RuleSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinLintTest {

    private static List<RuleProblem> lint(String... lines) {
        return new JoinLint().check(List.of(new RuleSource("my.drl",
                "package my;\nimport org.migkb.facts.*;\n" + String.join("\n", lines) + "\n")));
    }

    @Test
    void builtInRulesHaveNoUnindexedJoin() throws IOException {
        assertEquals(List.of(), new JoinLint().check(RuleSource.fromFolder(Path.of("rules"))));
    }

    @Test
    void methodCallJoinIsWarnedAtItsLine() {
        List<RuleProblem> warnings = lint(
                "rule \"slow\" @combiner",                                            // line 3
                "when",
                "    WizardUser( $name : mailboxKey )",
                "    Recipient( alias.equalsIgnoreCase($name) )",                    // line 6
                "then end");
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("my.drl", warnings.get(0).file());
        assertTrue(warnings.get(0).message().contains("alias.equalsIgnoreCase($name)") && warnings.get(0).message().contains("method call"));
        assertTrue(warnings.get(1).message().contains("without a field == $variable equality"));
        assertEquals(6, warnings.get(0).line(), warnings.toString());
    }

    @Test
    void evalIsWarnedAndEqualityJoinsAreNot() {
        assertTrue(lint("rule \"e\" @combiner", "when", "    $u : WizardUser()", "    $r : Recipient()",
                "    eval($r.aliasKey().equals($u.mailboxKey()))", "then end").get(0).message().contains("eval(...)"));
        assertEquals(List.of(), lint("rule \"fast\" @combiner", "when", "    WizardUser( $name : mailboxKey )",
                "    Recipient( aliasKey == $name, displayNameKey != $name )", "then end"));
    }

    @Test
    void unindexedAnnotationSilencesARule() {
        assertEquals(List.of(), lint("rule \"few\" @combiner @unindexed(\"one answer per key\")", "when",
                "    $s : Answer( key == \"serverLanguage\", $l : value )", "    Answer( key == \"clientLanguage\", value != $l )",
                "then end"));
    }
}

package org.migkb.authoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.engine.RuleProblem;
import org.migkb.engine.RuleSource;

import java.io.IOException;
import java.nio.file.Files;
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
                "    eval($r.aliasKey().equals($u.mailboxKey()))", "then end").stream().anyMatch(w -> w.message().contains("eval(...)")));
        assertEquals(List.of(), lint("rule \"fast\" @combiner", "when", "    WizardUser( $name : mailboxKey )",
                "    Recipient( aliasKey == $name, displayNameKey != $name )", "then end"));
    }

    @Test
    void unindexedAnnotationSilencesARule() {
        assertEquals(List.of(), lint("rule \"few\" @combiner @unindexed(\"one answer per key\")", "when",
                "    $s : Answer( key == \"serverLanguage\", $l : value )", "    Answer( key == \"clientLanguage\", value != $l )",
                "then end"));
    }

    @Test
    void notGroupSharingNothingWithANumerousPatternBeforeItIsACrossProduct() {
        List<RuleProblem> warnings = lint(
                "rule \"lists times users\" @combiner",                              // line 3
                "when",
                "    $list : UserList()",                                              // line 5
                "    exists Recipient( secondariesExported )",
                "    not ( WizardUser( migrating, $user : msAddress )",                 // line 7
                "          and RecipientAddress( type == \"MS\", msKey == $user ) )",
                "then end");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(7, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("not( ... ) group shares no variable")
                && warnings.get(0).message().contains("UserList (line 5)"), warnings.get(0).message());
    }

    @Test
    void patternAndAccumulateSharingNothingAreCrossProducts() {
        List<RuleProblem> warnings = lint(
                "rule \"pairs\" @combiner",
                "when",
                "    $e : EventRecord( eventId == 7026 )",                             // line 5
                "    $u : WizardUser( migrating )",                                    // line 6
                "    accumulate( Recipient( secondariesExported ); $n : count() )",    // line 7
                "then end");
        assertEquals(List.of(6, 7), warnings.stream().map(RuleProblem::line).toList(), warnings.toString());
        assertTrue(warnings.get(0).message().startsWith("rule 'pairs': pattern WizardUser shares no variable"));
        assertTrue(warnings.get(1).message().contains("accumulate over Recipient"));
    }

    @Test
    void conditionsThatAddNoMatchesOrJoinOnAKeyAreNotCrossProducts() {
        assertEquals(List.of(), lint(
                "rule \"fine\" @combiner",
                "when",
                "    exists Recipient( secondariesExported )",
                "    not ( WizardUser( migrating, $user : msAddress ) and UnfoundMailbox( user == $user ) )",
                "    not UnfoundMailbox( via == \"ms-proxy\" )",
                "    $list : UserList( $file : file )",
                "    exists WizardUser( listFile == $file )",
                "    not ( WizardUser( listFile == $file, $u : msAddress ) and UnfoundMailbox( user == $u ) )",
                "    accumulate( WizardUser( listFile == $file ); $n : count() )",
                "    $a : Answer( key == \"servicePack\" )",
                "then end"));
    }

    @Test
    void unindexedAnnotationSilencesACrossProduct() {
        assertEquals(List.of(), lint("rule \"known\" @combiner @unindexed(\"one list per case here\")", "when",
                "    $list : UserList()", "    $u : WizardUser()", "then end"));
    }

    @Test
    void rulesValidateWarnsAboutAPlantedCrossProductAtItsFileAndLine(@TempDir Path folder) throws IOException {
        Path drl = folder.resolve("planted.drl");
        Files.writeString(drl, String.join("\n",
                "package my.rules;",
                "import org.migkb.facts.UserList;",
                "import org.migkb.facts.WizardUser;",
                "import org.migkb.facts.UnfoundMailbox;",
                "declare ListWithoutUnfound",
                "    list : UserList",
                "end",
                "rule \"planted: lists times users\"",
                "    @combiner",
                "when",
                "    $list : UserList()",
                "    not ( WizardUser( migrating, $user : msAddress )",                  // line 12
                "          and UnfoundMailbox( user == $user ) )",
                "then",
                "    insertLogical(new ListWithoutUnfound($list));",
                "end", ""));
        RuleValidator.Findings findings = new RuleValidator().validate(folder);
        assertEquals(List.of(), findings.errors());
        assertEquals(1, findings.warnings().size(), findings.warnings().toString());
        assertEquals(drl.toString(), findings.warnings().get(0).file());
        assertEquals(12, findings.warnings().get(0).line());
        assertTrue(findings.warnings().get(0).message().contains("cross product"));
    }
}

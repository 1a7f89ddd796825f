package org.migkb.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCompilerTest {

    private static ArticleLibrary articles;
    private final RuleCompiler compiler = new RuleCompiler();

    @BeforeAll
    static void loadArticles() throws IOException {
        articles = ArticleLibrary.fromFolder(Path.of("kb-articles"));
    }

    private static RuleSource drl(String name, String... lines) {
        return new RuleSource(name, "package org.migkb.test;\nimport org.migkb.facts.*;\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void builtInRulesAreSound() throws IOException {
        assertEquals(List.of(), compiler.check(RuleSource.fromFolder(Path.of("rules")), articles));
    }

    @Test
    void metadataErrorsAreReportedAtTheRulesLine() {
        RuleSource source = drl("user/bad.drl",
                "rule \"unknown article\" @article(\"Q999999\") @cause(\"x\")",   // line 3
                "when WizardUser() then end",
                "rule \"unknown cause\" @article(\"Q182665\") @cause(\"typo\")",   // line 5
                "when WizardUser() then end",
                "rule \"no metadata\"",                                           // line 7
                "when WizardUser() then end",
                "rule \"helper\" @combiner",
                "when WizardUser() then end");
        List<String> problems = compiler.check(List.of(source), articles).stream().map(RuleProblem::toString).toList();
        assertEquals(List.of(
                "user/bad.drl:3: rule 'unknown article' names article Q999999, which has no article file",
                "user/bad.drl:5: rule 'unknown cause' names cause 'typo', which article Q182665 does not list",
                "user/bad.drl:7: rule 'no metadata' needs @article(\"Q...\") and @cause(\"...\"), or @combiner if it only derives facts"),
                problems);
    }

    @Test
    void syntaxErrorIsReportedAtItsLine() {
        RuleSource source = drl("user/syntax.drl",
                "rule \"broken\" @combiner",
                "when",
                "    WizardUser(",
                "then",
                "end");
        List<RuleProblem> problems = compiler.check(List.of(source), articles);
        assertFalse(problems.isEmpty());
        assertEquals("user/syntax.drl", problems.get(0).file());
        assertTrue(problems.get(0).line() >= 5 && problems.get(0).line() <= 7, problems.toString());
    }

    @Test
    void compileErrorIsLocatedInTheSource() {
        RuleSource source = drl("user/semantic.drl",
                "rule \"wrong field\" @combiner",
                "when",
                "    WizardUser( nonsense == 3 )",          // line 5
                "then",
                "end");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> compiler.compile(List.of(source)));
        RuleProblem problem = e.problems().get(0);
        assertEquals("user/semantic.drl", problem.file());
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("nonsense"), problem.message());
    }

    @Test
    void lineOfFindsTheFirstOccurrence() {
        assertEquals(2, RuleCompiler.lineOf("a\nb == 1\nb == 1", "b == 1"));
        assertEquals(0, RuleCompiler.lineOf("a", "zzz"));
    }
}

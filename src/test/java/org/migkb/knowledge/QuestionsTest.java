package org.migkb.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.Answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionsTest {

    private static final Questions BUILT_IN = Questions.builtIn();

    /** An article file with one cause and the given questions block. */
    private static Path article(Path dir, String id, String questions) throws IOException {
        Path file = dir.resolve(id + ".yaml");
        Files.writeString(file, "id: " + id + "\ntitle: t\nproducts: []\nreference: r\nsymptoms: []\n"
                + "causes:\n  - id: c\n    title: t\n    explanation: e\n    steps: [s]\n    verify: v\n" + questions);
        return file;
    }

    @Test
    void theSixKeysOfOldComeFromTheBuiltInArticles() {
        assertTrue(BUILT_IN.keys().containsAll(List.of("clientLanguage", "exchangeVersion", "mailboxesPrecreated", "migrationMode",
                "serverLanguage", "servicePack")), BUILT_IN.keys().toString()); // other built-in articles add theirs
        assertEquals(List.of("5.5", "5.0"), BUILT_IN.tries("exchangeVersion"));
        assertEquals(List.of("yes", "no"), BUILT_IN.tries("mailboxesPrecreated"), "a choice tries its values");
        assertEquals(java.util.Map.of("clientLanguage", "en"), BUILT_IN.question("serverLanguage").orElseThrow().triesWith());
    }

    @Test
    void languagesNormaliseToIsoCodes() {
        assertEquals("es", BUILT_IN.parse("clientLanguage=es-MX").value());
        assertEquals("es", BUILT_IN.parse("clientLanguage=Spanish").value());
        assertEquals("en", BUILT_IN.parse("serverLanguage=EN").value());
        assertEquals("de", BUILT_IN.parse("serverLanguage=german").value());
    }

    @Test
    void servicePackHasANumber() {
        Answer sp = BUILT_IN.parse("servicePack=sp2");
        assertEquals("SP2", sp.value());
        assertEquals(2, sp.number());
        assertEquals(0, BUILT_IN.parse("servicePack=none").number());
        assertEquals(3, BUILT_IN.parse("servicePack=3").number());
    }

    @Test
    void otherKeysNormalise() {
        assertEquals("5.5", BUILT_IN.parse("exchangeVersion=Exchange Server 5.5").value());
        assertEquals("yes", BUILT_IN.parse("mailboxesPrecreated=TRUE").value());
        assertEquals("two-step", BUILT_IN.parse("migrationMode=Two Step").value());
        assertEquals("one-step", BUILT_IN.parse("migrationMode=ONE_STEP").value());
        assertEquals("answer:migrationMode", BUILT_IN.parse("migrationMode=one-step").at().cite());
    }

    @Test
    void unknownKeyNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.parse("colour=blue"));
        assertTrue(e.getMessage().contains("colour") && e.getMessage().contains("servicePack"), e.getMessage());
    }

    @Test
    void badValueNamesTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.parse("servicePack=SP9"));
        assertTrue(e.getMessage().contains("SP9") && e.getMessage().contains("SP4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.parse("clientLanguage=Klingonish"));
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.parse("migrationMode=three-step"));
        assertTrue(mode.getMessage().endsWith("accepted: one-step, two-step"), mode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.parse("exchangeVersion"));
    }

    @Test
    void aFolderArticleAddsQuestionsOfEveryKind(@TempDir Path dir) throws IOException {
        article(dir, "Q900001", """
                questions:
                  - key: spoolerPaused
                    ask: "Had every user closed the client?"
                    kind: choice
                    values: [yes, no]
                    aliases: {y: yes, true: yes, n: no, false: no}
                    effort: 2
                  - key: targetContainer
                    ask: "Which recipients container did the import target?"
                    kind: text
                    pattern: "[A-Za-z0-9 _-]{1,64}"
                    tries: [Recipients]
                  - key: postofficeLanguage
                    ask: "Which language is the postoffice?"
                    kind: language
                    tries: [en, fr]
                """);
        Questions questions = ArticleLibrary.builtIn().with(ArticleLibrary.fromFolder(dir)).questions();
        assertTrue(questions.keys().containsAll(List.of("spoolerPaused", "targetContainer", "postofficeLanguage", "servicePack")));
        assertEquals("yes", questions.of("spoolerPaused", "Y").value(), "unquoted yes stays the word yes");
        assertEquals("no", questions.of("spoolerPaused", "FALSE").value(), "an unquoted false key is the alias false");
        assertEquals(List.of("yes", "no"), questions.tries("spoolerPaused"));
        assertEquals(2, questions.effort("spoolerPaused"));
        assertEquals("Users 2", questions.of("targetContainer", "  Users 2 ").value());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> questions.of("targetContainer", "a/b"));
        assertTrue(bad.getMessage().contains("[A-Za-z0-9 _-]{1,64}"), bad.getMessage());
        assertEquals("fr", questions.of("postofficeLanguage", "French").value());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> questions.of("colour", "blue"));
        assertTrue(unknown.getMessage().contains("spoolerPaused"), unknown.getMessage());
    }

    @Test
    void aKeyDeclaredTwiceMustAgreeAndTheErrorNamesBothFiles(@TempDir Path dir) throws IOException {
        article(dir, "Q900002", "questions:\n  - {key: spoolerPaused, ask: a, kind: choice, values: [yes, no]}\n");
        article(dir, "Q900003", "questions:\n  - {key: spoolerPaused, ask: b, kind: choice, values: [yes, no, unknown]}\n");
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertTrue(e.getMessage().contains("Q900002.yaml") && e.getMessage().contains("Q900003.yaml")
                && e.getMessage().contains("spoolerPaused"), e.getMessage());
        Files.writeString(dir.resolve("Q900003.yaml"), Files.readString(dir.resolve("Q900003.yaml")).replace(", unknown", ""));
        assertEquals("a", ArticleLibrary.fromFolder(dir).questions().question("spoolerPaused").orElseThrow().ask(),
                "agreeing declarations: the first article's text");
    }

    @Test
    void aFolderCannotRedefineABuiltInKind(@TempDir Path dir) throws IOException {
        article(dir, "Q900004", "questions:\n  - {key: servicePack, ask: a, kind: text, tries: [x]}\n");
        ArticleLibrary folder = ArticleLibrary.fromFolder(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleLibrary.builtIn().with(folder));
        assertTrue(e.getMessage().contains("Q183312.yaml") && e.getMessage().contains("Q900004.yaml"), e.getMessage());
    }

    @Test
    void malformedQuestionsAreRejectedNamingTheFileAndKey(@TempDir Path dir) throws IOException {
        article(dir, "Q900005", """
                questions:
                  - {key: Bad-Key, ask: a, kind: choice, values: [x]}
                  - {key: noValues, ask: a, kind: choice}
                  - {key: freeText, ask: a, kind: text}
                  - {key: oddKind, ask: a, kind: colour}
                  - {key: strayAlias, ask: a, kind: choice, values: [x], aliases: {z: y}}
                  - {key: badTry, ask: a, kind: servicePack, tries: [SP9]}
                  - {key: partner, ask: a, kind: choice, values: [x], triesWith: {nobody: x}}
                  - {key: tooHard, ask: a, kind: choice, values: [x], effort: 4}
                """);
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        for (String expected : List.of("'Bad-Key': the key must be camelCase", "'noValues': a choice needs values",
                "'freeText': kind text needs tries", "'oddKind': kind 'colour' is not one of", "alias 'z' stands for 'y'",
                "'badTry': tries 'SP9'", "'partner' tries with 'nobody'", "'tooHard': effort must be")) {
            assertTrue(e.getMessage().contains(expected), expected + " in " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith(dir.resolve("Q900005.yaml").toString()), e.getMessage());
    }
}

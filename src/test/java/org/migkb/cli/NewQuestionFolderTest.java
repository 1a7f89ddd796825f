package org.migkb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.PlannedItem;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule folder whose article declares a question of its own ({@code spoolerRestarted}) and a
 * fixed-in version, used with no Java change: through the Java API and the command line.
 */
class NewQuestionFolderTest {

    static final Path FOLDER = Path.of("src/test/resources/rule-folders/new-question");
    static final Path CASE = FOLDER.resolve("scenarios/spooler-failure");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Diagnosis top(Report report) {
        return report.diagnoses().get(0);
    }

    @Test
    void theJavaApiAsksTheNewQuestionAndUsesItsAnswer() throws Exception {
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(FOLDER));
        assertTrue(diagnoser.questions().keys().containsAll(List.of("spoolerRestarted", "servicePack")));

        Report unanswered = diagnoser.diagnose(List.of(CASE), List.of());
        assertEquals("Q999101", top(unanswered).article());
        assertTrue(top(unanswered).collectNext().stream().anyMatch(c -> c.key().equals("spoolerRestarted")),
                top(unanswered).collectNext().toString());
        PlannedItem asked = unanswered.collectNext().stream().filter(p -> p.keys().equals(List.of("spoolerRestarted")))
                .findFirst().orElseThrow(() -> new AssertionError(unanswered.collectNext().toString()));
        assertEquals(2, asked.cost(), "the question's effort is its cost");
        assertTrue(asked.value() > 0, "the what-ifs tried yes and no, and they move the candidate: " + asked);

        Report yes = diagnoser.diagnose(List.of(CASE), List.of(diagnoser.questions().parse("spoolerRestarted=Y")));
        Report no = diagnoser.diagnose(List.of(CASE), List.of(diagnoser.questions().parse("spoolerRestarted=no")));
        assertTrue(top(yes).confidence() > top(unanswered).confidence(), "yes supports it");
        assertTrue(no.diagnoses().isEmpty() || no.diagnoses().get(0).confidence() < top(unanswered).confidence(), "no speaks against it");
        assertFalse(top(yes).collectNext().stream().anyMatch(c -> c.key().equals("spoolerRestarted")), "answered: not asked again");
    }

    @Test
    void theFixedInVersionOfAFolderArticleDecidesItsFixStatus() throws Exception {
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(FOLDER));
        Report before = diagnoser.diagnose(List.of(CASE), List.of(diagnoser.questions().parse("servicePack=SP1"),
                diagnoser.questions().parse("exchangeVersion=5.5")));
        Report fixed = diagnoser.diagnose(List.of(CASE), List.of(diagnoser.questions().parse("servicePack=SP2")));
        String evidence = fixed.diagnoses().stream().filter(d -> d.article().equals("Q999101"))
                .flatMap(d -> d.evidence().stream()).map(Object::toString).reduce("", String::concat);
        assertTrue(evidence.contains("the server has the service pack that fixed it"), evidence);
        assertFalse(before.diagnoses().stream().flatMap(d -> d.evidence().stream()).map(Object::toString)
                .anyMatch(e -> e.contains("fixed it")), "SP1 of 5.5 is before the fix");
    }

    @Test
    void theCommandLineAcceptsTheNewKeyOnlyWithTheFolder() throws IOException {
        CliRun answered = CliRun.of("diagnose", CASE.toString(), "--rules", FOLDER.toString(), "--format", "json",
                "--answer", "spoolerRestarted=y");
        assertEquals(1, answered.code(), answered.err());
        JsonNode report = JSON.readTree(answered.out());
        assertEquals("spoolerRestarted", report.get("answers").get(0).get("key").asText());
        assertEquals("yes", report.get("answers").get(0).get("value").asText());

        CliRun unanswered = CliRun.of("diagnose", CASE.toString(), "--rules", FOLDER.toString());
        assertTrue(unanswered.out().contains("--answer spoolerRestarted=..."), unanswered.out());

        CliRun unknown = CliRun.of("diagnose", CASE.toString(), "--rules", FOLDER.toString(), "--answer", "colour=blue");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown answer key 'colour'") && unknown.err().contains("spoolerRestarted"), unknown.err());

        CliRun badValue = CliRun.of("diagnose", CASE.toString(), "--rules", FOLDER.toString(), "--answer", "spoolerRestarted=maybe");
        assertEquals(2, badValue.code());
        assertTrue(badValue.err().contains("spoolerRestarted='maybe' is not valid; accepted: yes, no"), badValue.err());

        CliRun withoutFolder = CliRun.of("diagnose", CASE.toString(), "--answer", "spoolerRestarted=y");
        assertEquals(2, withoutFolder.code());
        assertTrue(withoutFolder.err().contains("unknown answer key 'spoolerRestarted'"), withoutFolder.err());
    }

    @Test
    void anAnswersFileWithTheNewKeyIsReadWithTheFolder(@TempDir Path dir) throws IOException {
        Files.copy(CASE.resolve("application-log.csv"), dir.resolve("application-log.csv"));
        Files.writeString(dir.resolve("answers.txt"), "# from the phone call\nspoolerRestarted = yes\n");
        CliRun diagnose = CliRun.of("diagnose", dir.toString(), "--rules", FOLDER.toString(), "--format", "json");
        JsonNode answers = JSON.readTree(diagnose.out()).get("answers");
        assertEquals("yes", answers.get(0).get("value").asText(), diagnose.out());
        assertTrue(answers.get(0).get("source").asText().endsWith("answers.txt:2"), answers.toString());

        CliRun builtInOnly = CliRun.of("diagnose", dir.toString(), "--format", "json");
        JsonNode report = JSON.readTree(builtInOnly.out());
        assertEquals(0, report.get("answers").size());
        assertTrue(report.toString().contains("unknown answer key 'spoolerRestarted'"),
                "without the folder the line is a warning naming the accepted keys: " + report.get("inputs"));
    }

    @Test
    void rulesQuestionsListsTheFoldersQuestionBesideTheBuiltInOnes() {
        CliRun list = CliRun.of("rules", "questions", "--rules", FOLDER.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("spoolerRestarted\\s+choice\\s+2\\s+yes, no")), list.out());
        assertTrue(list.out().contains("Was the MAPI spooler restarted while the wizard ran?"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("servicePack\\s+servicePack\\s+1\\s+SP0 \\(none\\) to SP4")), list.out());
    }

    @Test
    void scenariosOfTheFolderPassAndCoverEveryRule() {
        CliRun test = CliRun.of("rules", "test", FOLDER.toString(), "--coverage");
        assertEquals(0, test.code(), test.out());
        assertTrue(test.out().contains("Coverage: 5 of 5 rules fired in some scenario"), test.out());
    }

    @Test
    void aRuleAskingAnUndeclaredKeyIsAnErrorNamingTheRuleAndLine(@TempDir Path dir) throws IOException {
        Path folder = askingInstead(dir.resolve("typo"), "\"spoolerRestart\"");
        Path drl = folder.resolve("Q999101.drl");
        CliRun validate = CliRun.of("rules", "validate", folder.toString());
        assertEquals(2, validate.code(), validate.out());
        assertTrue(validate.out().contains(drl + ":48: error: rule 'Q999101 collect: was the spooler restarted' asks for"
                + " answer key 'spoolerRestart', which no article declares"), validate.out());
        CliRun diagnose = CliRun.of("diagnose", CASE.toString(), "--rules", folder.toString());
        assertEquals(2, diagnose.code(), diagnose.out());
        assertTrue(diagnose.err().contains("spoolerRestart'"), diagnose.err());
    }

    @Test
    void aComputedUndeclaredKeyIsARuleErrorNamingTheRule(@TempDir Path dir) throws IOException {
        Path folder = askingInstead(dir.resolve("computed"), "\"spooler\" + \"Gone\"");
        CliRun diagnose = CliRun.of("diagnose", CASE.toString(), "--rules", folder.toString());
        assertEquals(3, diagnose.code(), diagnose.err());
        assertTrue(diagnose.err().contains("rule 'Q999101 collect: was the spooler restarted' asks for answer key"
                + " 'spoolerGone', which no loaded article declares"), diagnose.err());
    }

    /** A copy of the folder whose collect rule asks with this key expression instead of "spoolerRestarted". */
    private static Path askingInstead(Path copy, String keyExpression) throws IOException {
        Path folder = copyOf(FOLDER, copy);
        Path drl = folder.resolve("Q999101.drl");
        Files.writeString(drl, Files.readString(drl).replace("CollectNext.answer(kcontext, \"spoolerRestarted\"",
                "CollectNext.answer(kcontext, " + keyExpression));
        return folder;
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}

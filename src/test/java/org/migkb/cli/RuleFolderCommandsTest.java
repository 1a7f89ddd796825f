package org.migkb.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule author's folder, outside the repository: validated, listed, tested and used by diagnose. */
class RuleFolderCommandsTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String RULE = """
            package my.rules;

            import org.migkb.facts.Answer;
            import org.migkb.facts.CollectNext;
            import org.migkb.facts.EventRecord;
            import org.migkb.facts.Evidence;

            rule "Q169130 symptom: event 7034 from MSExchangeMig"
                @article("Q169130") @cause("command-line-user-list")
            when
                $e : EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7034 )
            then
                insertLogical(Evidence.symptom(kcontext, $e.at(), "event 7034: a user of the list is not on the postoffice"));
            end

            rule "Q169130 collect: how the wizard ran"
                @article("Q169130") @cause("command-line-user-list")
            when
                exists EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7034 )
                not Answer( key == "migrationMode" )
            then
                insertLogical(CollectNext.answer(kcontext, "migrationMode", "one step or two?"));
            end
            """;

    private static final String ARTICLE = """
            id: Q169130
            title: "A command-line migration with a user-list file logs 7034 for users who are on the postoffice"
            products: ["Microsoft Exchange Server 5.5"]
            reference: "Microsoft KnowledgeBase Q169130"
            symptoms:
              - eventSource: MSExchangeMig
                eventId: 7034
                summary: "The wizard logs 7034: a user of the list was not found in the postoffice."
            causes:
              - id: command-line-user-list
                title: "The command-line wizard misreads the user-list file the control file names"
                explanation: "Before the fixing service pack the command-line wizard cannot use a user-list file."
                steps:
                  - "Apply the Exchange 5.5 service pack that fixes the command-line wizard."
                  - "Run the migration again."
                verify: "No 7034 is logged for users on the postoffice."
            """;

    private Path folder;
    private Path caseWith7034;

    @BeforeEach
    void writeFolder(@TempDir Path dir) throws IOException {
        folder = dir.resolve("my-rules");
        Files.createDirectories(folder.resolve("scenarios/lookup"));
        Files.createDirectories(folder.resolve("scenarios/quiet"));
        Files.writeString(folder.resolve("Q169130.drl"), RULE);
        Files.writeString(folder.resolve("Q169130.yaml"), ARTICLE);
        caseWith7034 = folder.resolve("scenarios/lookup");
        Files.writeString(caseWith7034.resolve("application-log.csv"),
                "12/01/1999,3:00:00 PM,MSExchangeMig,Error,None,7034,N/A,EXSRV01,\"User JSMITH not found in the postoffice PO1\"\r\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(folder.resolve("scenarios/quiet/application-log.csv"),
                "12/01/1999,3:00:00 PM,EventLog,Information,None,6005,N/A,EXSRV01,\"The Event log service was started.\"\r\n");
        Files.writeString(folder.resolve("scenarios/lookup.expect.yaml"),
                "description: \"7034 with nothing else\"\nexpect:\n  top: Q169130/command-line-user-list\n  affected: []\n");
        Files.writeString(folder.resolve("scenarios/quiet.expect.yaml"), "expect:\n  none: true\n");
    }

    @Test
    void validateListTestAndDiagnose() {
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(0, validate.code(), validate.out());
        assertEquals("0 errors, 0 warnings", validate.out().strip());

        CliRun list = run("rules", "list", "--rules", folder.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("Q169130  command-line-user-list")
                && l.contains(folder.resolve("Q169130.drl") + ":8")), list.out());

        CliRun test = run("rules", "test", folder.toString(), "--coverage");
        assertEquals(0, test.code(), test.out());
        assertTrue(test.out().contains("Coverage: 2 of 2 rules fired in some scenario"), test.out());
        assertEquals("2 passed, 0 failed", test.out().strip().lines().reduce((a, b) -> b).orElse(""));

        CliRun diagnose = run("diagnose", caseWith7034.toString(), "--rules", folder.toString());
        assertEquals(1, diagnose.code(), diagnose.err());
        assertTrue(diagnose.out().contains("1. Q169130 command-line-user-list"), diagnose.out());
        assertTrue(diagnose.out().contains("Apply the Exchange 5.5 service pack that fixes the command-line wizard"), diagnose.out());

        CliRun without = run("diagnose", caseWith7034.toString());
        assertEquals(0, without.code(), "without the folder no rule wants event 7034: " + without.out());
    }

    @Test
    void errorsAreReportedAtTheirFileAndLine() throws IOException {
        Files.writeString(folder.resolve("Q169130.drl"), RULE.replace("@cause(\"command-line-user-list\")\nwhen\n    exists",
                "@cause(\"command-line-user-lst\")\nwhen\n    exists"));
        Files.writeString(folder.resolve("broken.drl"), "package my.rules;\nrule \"broken\" @combiner\nwhen\n    EventRecord(\nthen\nend\n");
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.out().contains(folder.resolve("Q169130.drl") + ":17: error: rule 'Q169130 collect: how the wizard ran'"
                + " names cause 'command-line-user-lst', which article Q169130 does not list"), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith(folder.resolve("broken.drl") + ":")), validate.out());

        CliRun diagnose = run("diagnose", caseWith7034.toString(), "--rules", folder.toString());
        assertEquals(2, diagnose.code());
        assertTrue(diagnose.err().contains("Q169130.drl:17"), diagnose.err());
    }

    @Test
    void aMisspelledArticleFieldIsAnErrorAtItsLine() throws IOException {
        Files.writeString(folder.resolve("Q169130.yaml"), ARTICLE.replace("reference:", "refernce:"));
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.out().contains(folder.resolve("Q169130.yaml") + ":4: error: Unrecognized field \"refernce\""),
                validate.out());
    }

    @Test
    void aLoopingRuleEndsWithAnErrorNamingItsFileAndLine() throws IOException {
        Files.writeString(folder.resolve("loop.drl"), """
                package my.rules;

                declare Counter
                    n : int
                end

                rule "start counting" @combiner
                when
                    not Counter()
                then
                    insert(new Counter(0));
                end

                rule "count forever" @combiner
                when
                    $c : Counter( n >= 0 )
                then
                    modify($c) { setN($c.getN() + 1) };
                end
                """);
        CliRun diagnose = run("diagnose", caseWith7034.toString(), "--rules", folder.toString(), "--max-firings", "5000");
        assertEquals(3, diagnose.code(), diagnose.out());
        assertTrue(diagnose.err().contains("'count forever' (" + folder.resolve("loop.drl") + ":14)"), diagnose.err());
    }

    @Test
    void anActionThatNeverReturnsIsStoppedByTheDeadline() throws IOException {
        Files.writeString(folder.resolve("spin.drl"), """
                package my.rules;
                import org.migkb.facts.EventRecord;

                rule "spin" @combiner
                when
                    EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7034 )
                then
                    while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
                end
                """);
        long start = System.nanoTime();
        CliRun diagnose = run("diagnose", caseWith7034.toString(), "--rules", folder.toString(), "--deadline", "1");
        assertEquals(3, diagnose.code(), diagnose.out());
        assertTrue(diagnose.err().contains("the last rule to fire was 'spin' (" + folder.resolve("spin.drl") + ":4)"), diagnose.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "stopped promptly");
    }

    @Test
    void rulesFolderFromTheEnvironment() throws IOException, InterruptedException {
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmigkb.cache=" + System.getProperty("migkb.cache"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                Main.class.getName(), "diagnose", caseWith7034.toString(), "--format", "json");
        java.environment().put(RuleFolders.ENVIRONMENT, folder.toString());
        java.redirectErrorStream(true);
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("\"article\" : \"Q169130\""), output);
    }

    @Test
    void aUserArticleMayNotRedefineABuiltInOne() throws IOException {
        Files.writeString(folder.resolve("Q182665.yaml"), Files.readString(Path.of("kb-articles/Q182665.yaml")));
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.out().contains("article Q182665 is defined twice"), validate.out());
        assertTrue(List.of(validate.out().split("\n")).size() >= 2);
    }
}

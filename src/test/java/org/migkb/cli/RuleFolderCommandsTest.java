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

            rule "Q255888 symptom: event 7044 from MSExchangeMig"
                @article("Q255888") @cause("service-account-admin")
            when
                $e : EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7044 )
            then
                insertLogical(Evidence.symptom(kcontext, $e.at(), "event 7044: internal failure talking to the MAPI spooler"));
            end

            rule "Q255888 collect: the account that ran the wizard"
                @article("Q255888") @cause("service-account-admin")
            when
                exists EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7044 )
                not Answer( key == "migrationMode" )
            then
                insertLogical(CollectNext.answer(kcontext, "migrationMode", "one step or two?"));
            end
            """;

    private static final String ARTICLE = """
            id: Q255888
            title: "Migrating several users at once fails with event 7044 under an account with only Service Account Admin rights"
            products: ["Microsoft Exchange Server 5.5"]
            reference: "Microsoft KnowledgeBase Q255888"
            symptoms:
              - eventSource: MSExchangeMig
                eventId: 7044
                summary: "The wizard logs 7044, an internal failure talking to the MAPI spooler."
            causes:
              - id: service-account-admin
                title: "The wizard ran under an account with Service Account Admin rights only"
                explanation: "Migrating more than one user needs Permissions Admin rights."
                steps:
                  - "Log on with an account that has Permissions Admin rights at organization, site and configuration level."
                  - "Run the migration again."
                verify: "No 7044 is logged."
            """;

    private Path folder;
    private Path caseWith7044;

    @BeforeEach
    void writeFolder(@TempDir Path dir) throws IOException {
        folder = dir.resolve("my-rules");
        Files.createDirectories(folder.resolve("scenarios/spooler"));
        Files.createDirectories(folder.resolve("scenarios/quiet"));
        Files.writeString(folder.resolve("Q255888.drl"), RULE);
        Files.writeString(folder.resolve("Q255888.yaml"), ARTICLE);
        caseWith7044 = folder.resolve("scenarios/spooler");
        Files.writeString(caseWith7044.resolve("application-log.csv"),
                "12/01/1999,3:00:00 PM,MSExchangeMig,Error,None,7044,N/A,EXSRV01,\"Internal failure communicating with MAPI Spooler 80004005\"\r\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(folder.resolve("scenarios/quiet/application-log.csv"),
                "12/01/1999,3:00:00 PM,EventLog,Information,None,6005,N/A,EXSRV01,\"The Event log service was started.\"\r\n");
        Files.writeString(folder.resolve("scenarios/spooler.expect.yaml"),
                "description: \"7044 with nothing else\"\nexpect:\n  top: Q255888/service-account-admin\n  affected: []\n");
        Files.writeString(folder.resolve("scenarios/quiet.expect.yaml"), "expect:\n  none: true\n");
    }

    @Test
    void validateListTestAndDiagnose() {
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(0, validate.code(), validate.out());
        assertEquals("0 errors, 0 warnings", validate.out().strip());

        CliRun list = run("rules", "list", "--rules", folder.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("Q255888  service-account-admin")
                && l.contains(folder.resolve("Q255888.drl") + ":8")), list.out());

        CliRun test = run("rules", "test", folder.toString(), "--coverage");
        assertEquals(0, test.code(), test.out());
        assertTrue(test.out().contains("Coverage: 2 of 2 rules fired in some scenario"), test.out());
        assertEquals("2 passed, 0 failed", test.out().strip().lines().reduce((a, b) -> b).orElse(""));

        CliRun diagnose = run("diagnose", caseWith7044.toString(), "--rules", folder.toString());
        assertEquals(1, diagnose.code(), diagnose.err());
        assertTrue(diagnose.out().contains("1. Q255888 service-account-admin"), diagnose.out());
        assertTrue(diagnose.out().contains("Log on with an account that has Permissions Admin rights"), diagnose.out());

        CliRun without = run("diagnose", caseWith7044.toString());
        assertEquals(0, without.code(), "without the folder no rule wants event 7044: " + without.out());
    }

    @Test
    void errorsAreReportedAtTheirFileAndLine() throws IOException {
        Files.writeString(folder.resolve("Q255888.drl"), RULE.replace("@cause(\"service-account-admin\")\nwhen\n    exists",
                "@cause(\"service-acount-admin\")\nwhen\n    exists"));
        Files.writeString(folder.resolve("broken.drl"), "package my.rules;\nrule \"broken\" @combiner\nwhen\n    EventRecord(\nthen\nend\n");
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.out().contains(folder.resolve("Q255888.drl") + ":17: error: rule 'Q255888 collect: the account"
                + " that ran the wizard' names cause 'service-acount-admin', which article Q255888 does not list"), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith(folder.resolve("broken.drl") + ":")), validate.out());

        CliRun diagnose = run("diagnose", caseWith7044.toString(), "--rules", folder.toString());
        assertEquals(2, diagnose.code());
        assertTrue(diagnose.err().contains("Q255888.drl:17"), diagnose.err());
    }

    @Test
    void aMisspelledArticleFieldIsAnErrorAtItsLine() throws IOException {
        Files.writeString(folder.resolve("Q255888.yaml"), ARTICLE.replace("reference:", "refernce:"));
        CliRun validate = run("rules", "validate", folder.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.out().contains(folder.resolve("Q255888.yaml") + ":4: error: Unrecognized field \"refernce\""),
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
        CliRun diagnose = run("diagnose", caseWith7044.toString(), "--rules", folder.toString(), "--max-firings", "5000");
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
                    EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7044 )
                then
                    while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
                end
                """);
        long start = System.nanoTime();
        CliRun diagnose = run("diagnose", caseWith7044.toString(), "--rules", folder.toString(), "--deadline", "1");
        assertEquals(3, diagnose.code(), diagnose.out());
        assertTrue(diagnose.err().contains("the last rule to fire was 'spin' (" + folder.resolve("spin.drl") + ":4)"), diagnose.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "stopped promptly");
    }

    @Test
    void rulesFolderFromTheEnvironment() throws IOException, InterruptedException {
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmigkb.cache=" + System.getProperty("migkb.cache"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                Main.class.getName(), "diagnose", caseWith7044.toString(), "--format", "json");
        java.environment().put(RuleFolders.ENVIRONMENT, folder.toString());
        java.redirectErrorStream(true);
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("\"article\" : \"Q255888\""), output);
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

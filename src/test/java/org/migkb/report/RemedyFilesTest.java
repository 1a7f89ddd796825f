package org.migkb.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.ingest.CaseData;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.InputSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The remedy files do what they say: each import file reads back as a directory export, and once
 * its rows are applied to the case's directory data, no rule flags the users it fixes.
 */
class RemedyFilesTest {

    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() {
        diagnoser = Diagnoser.builtIn();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/q182665-edited-user-list", "examples/q242184-precreated-mailboxes",
            "examples/q183312-custom-recipient", "examples/mixed-causes", "examples/preflight-before-step-two"})
    void applyingTheImportClearsTheUsersItFixes(String example, @TempDir Path out) throws IOException {
        CaseData data = diagnoser.read(List.of(Path.of(example)));
        Report report = diagnoser.diagnose(data, List.of());
        List<Path> files = new RemedyFiles().write(out.resolve("remedy"), report, data);
        // Read back from a copy: in the remedy folder the manifest has migkb skip its own files.
        List<Path> imports = new ArrayList<>();
        for (Path f : files.stream().filter(f -> f.toString().endsWith(".csv")).toList()) {
            imports.add(Files.copy(f, out.resolve(f.getFileName())));
        }
        assertFalse(imports.isEmpty(), files.toString());

        CaseData remedy = CaseLoader.withBuiltInReaders().load(imports);
        for (InputSummary input : remedy.inputs()) {
            assertEquals("directory-export-csv", input.format());
            assertEquals(List.of(), input.warnings());
        }
        Set<String> fixed = new TreeSet<>();
        for (Object fact : remedy.facts()) {
            if (fact instanceof RecipientAddress a && a.type().equals("MIGRATE")) {
                fixed.add(a.msKey());
            }
        }
        Set<String> expectedFixed = new TreeSet<>();
        report.diagnoses().forEach(d -> d.mailboxes().forEach(m -> expectedFixed.add(m.user())));
        assertEquals(expectedFixed, fixed, "one row per affected user with a mailbox, none invented");

        Report after = diagnoser.diagnose(new CaseData(applied(data, remedy), data.inputs()), List.of());
        for (Diagnosis d : after.diagnoses()) {
            for (String user : fixed) {
                assertFalse(d.affected().contains(user), user + " still flagged by " + d.article() + " " + d.cause());
            }
        }
    }

    /** The case's facts with each imported row's secondary addresses replacing the mailbox's, as the import does. */
    private static List<Object> applied(CaseData data, CaseData remedy) {
        Map<String, String> caseIdByName = new HashMap<>();
        data.facts().forEach(f -> {
            if (f instanceof Recipient r) {
                caseIdByName.put(r.directoryNameKey(), r.id());
            }
        });
        Map<String, String> changed = new HashMap<>();
        remedy.facts().forEach(f -> {
            if (f instanceof Recipient r) {
                assertTrue(caseIdByName.containsKey(r.directoryNameKey()), "row for a mailbox of the case: " + r.directoryName());
                changed.put(r.id(), caseIdByName.get(r.directoryNameKey()));
            }
        });
        List<Object> facts = new ArrayList<>();
        for (Object f : data.facts()) {
            boolean replaced = f instanceof RecipientAddress a && !a.primary() && changed.containsValue(a.recipientId());
            if (!replaced) {
                facts.add(f);
            }
        }
        for (Object f : remedy.facts()) {
            if (f instanceof RecipientAddress a) {
                facts.add(new RecipientAddress(changed.get(a.recipientId()), a.type(), a.value(), a.msKey(), a.primary(), a.at()));
            }
        }
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/q183312-custom-recipient"})
    void usersWithoutAMailboxAreListedNotInvented(String example, @TempDir Path out) throws IOException {
        CaseData data = diagnoser.read(List.of(Path.of(example)));
        new RemedyFiles().write(out, diagnoser.diagnose(data, List.of()), data);
        String text = java.nio.file.Files.readString(out.resolve("Q183312-custom-recipient-converted.txt"));
        assertTrue(text.contains("no mailbox in the directory data (no row was written for them):\r\n  NET1/PO1/DAVE"), text);
        String csv = java.nio.file.Files.readString(out.resolve("Q183312-custom-recipient-converted.csv"),
                java.nio.charset.Charset.forName("windows-1252"));
        assertFalse(csv.contains("DAVE"), csv);
        assertTrue(csv.contains("Mailbox,Modify,CAROL,EXSRV01,ms:NET1/PO1/CAROL%smtp:carol.cruz@contoso.com%migrate:MS:NET1/PO1/CAROL"), csv);
    }

    private static Map<String, String> remedyFor(String caseFolder, Path out) throws IOException {
        CaseData data = diagnoser.read(List.of(Path.of(caseFolder)));
        Map<String, String> files = new java.util.TreeMap<>();
        for (Path f : new RemedyFiles().write(out, diagnoser.diagnose(data, List.of()), data)) {
            files.put(f.getFileName().toString(), Files.readString(f, f.toString().endsWith(".csv")
                    ? java.nio.charset.Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8));
        }
        return files;
    }

    @org.junit.jupiter.api.Test
    void secondariesWrittenInCapitalsAreKeptVerbatim(@TempDir Path out) throws IOException {
        Map<String, String> files = remedyFor("src/test/resources/cases/remedy-uppercase-secondaries", out);
        assertEquals("Obj-Class,Mode,Directory Name,Home-Server,Secondary-Proxy-Addresses\r\n"
                + "Mailbox,Modify,CDIAZ,EXSRV1,MS:NWIND/SALES/CDIAZ%migrate:MS:NWIND/SALES/CDIAZ\r\n",
                files.get("Q182665-csv-migrate-proxy-removed.csv"));
        String text = files.get("Q182665-csv-migrate-proxy-removed.txt");
        assertTrue(text.contains("choose Append (Q236983"), text);
        assertTrue(text.contains("even imported with Overwrite"), text);
    }

    @org.junit.jupiter.api.Test
    void cellsASpreadsheetWouldRunOrSplitHoldTheRowBack(@TempDir Path out) throws IOException {
        Map<String, String> files = remedyFor("src/test/resources/cases/remedy-unsafe-cells", out);
        String csv = files.get("Q182665-csv-migrate-proxy-removed.csv");
        assertEquals(List.of("Obj-Class,Mode,Directory Name,Home-Server,Secondary-Proxy-Addresses",
                "Mailbox,Modify,\"Smith, Pat\",EXSRV1,\"smtp:50\\%off@nwind.com%MS:NWIND/SALES/PSMITH%migrate:MS:NWIND/SALES/PSMITH\""),
                List.of(csv.split("\r\n")), "only the safe row; a % inside a value escaped and the field quoted (Q156063)");
        String text = files.get("Q182665-csv-migrate-proxy-removed.txt");
        for (String user : List.of("FORMULA1", "FORMULA2", "FORMULA3", "FORMULA4")) {
            assertTrue(text.contains("NWIND/SALES/" + user), text);
        }
        assertTrue(text.contains("starts with '=', which a spreadsheet would run as a formula"), text);
        assertTrue(text.contains("holds a line break"), text);
        for (String line : text.split("\r\n")) {
            assertFalse(line.startsWith("Mailbox,Modify,ADMIN"), "a value forged a line: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line break in: " + line);
        }
        assertTrue(text.contains("BREAK\\u000D\\u000AMailbox,Modify,ADMIN"), text);
    }

    @org.junit.jupiter.api.Test
    void anLdapDumpsOtherMailboxGivesNoRowAndSaysWhatToExport(@TempDir Path out) throws IOException {
        Map<String, String> files = remedyFor("src/test/resources/cases/remedy-ldap-dump", out);
        assertEquals(Set.of("Q182665-csv-migrate-proxy-removed.txt"), files.keySet(), "no import file");
        String text = files.get("Q182665-csv-migrate-proxy-removed.txt");
        assertTrue(text.contains("NWIND/SALES/CDIAZ"), text);
        assertTrue(text.contains("export these mailboxes first with a header that includes\r\nSecondary-Proxy-Addresses"), text);
    }

    @org.junit.jupiter.api.Test
    void aMailboxWhoseSecondariesWereNotExportedGetsNoRow(@TempDir Path out) throws IOException {
        // The rules flag such a mailbox only with its secondaries exported, so the report is built here.
        CaseData data = diagnoser.read(List.of(Path.of("src/test/resources/cases/remedy-uppercase-secondaries")));
        Report report = diagnoser.diagnose(data, List.of());
        List<Object> facts = new ArrayList<>();
        for (Object f : data.facts()) {
            facts.add(f instanceof Recipient r ? new Recipient(r.id(), r.kind(), r.directoryName(), r.directoryNameKey(),
                    r.alias(), r.aliasKey(), r.displayName(), r.displayNameKey(), r.homeServer(), false, r.created(),
                    r.exchangeDn(), r.container(), r.containerKey(), r.site(), r.siteKey(), r.ntAccount(), r.ntAccountKey(),
                    r.hidden(), r.at()) : f);
        }
        List<RemedyFiles.RemedyFile> planned = new RemedyFiles().plan(report, new CaseData(facts, data.inputs()));
        assertEquals(List.of("Q182665-csv-migrate-proxy-removed.txt"), planned.stream().map(RemedyFiles.RemedyFile::name).toList());
        String text = new String(planned.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("the export did not show its secondary addresses"), text);
        assertTrue(text.contains("export these mailboxes first"), text);
    }

    @org.junit.jupiter.api.Test
    void theFolderManifestNamesTheFilesAndACaseSkipsThem(@TempDir Path out) throws IOException {
        remedyFor("src/test/resources/cases/remedy-uppercase-secondaries", out);
        assertEquals(List.of("Q182665-csv-migrate-proxy-removed.csv", "Q182665-csv-migrate-proxy-removed.txt"),
                Files.readAllLines(out.resolve(org.migkb.ingest.RemedyManifest.FILE_NAME)).stream()
                        .filter(l -> !l.startsWith("#")).toList());
        CaseData again = CaseLoader.withBuiltInReaders().load(List.of(out));
        assertEquals(List.of(), again.facts());
        for (InputSummary input : again.inputs()) {
            assertEquals(CaseLoader.REMEDY_FORMAT, input.format());
            assertTrue(input.warnings().get(0).message().contains("a remedy file migkb wrote"), input.toString());
        }
    }
}

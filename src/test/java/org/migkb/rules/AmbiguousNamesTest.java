package org.migkb.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;
import org.migkb.bench.CollidingNamesBench;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.EvidenceItem;
import org.migkb.facts.AmbiguousName;
import org.migkb.facts.Provenance;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientKind;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name many mailboxes share is one finding, whatever the number of users and mailboxes sharing it. */
class AmbiguousNamesTest {

    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() {
        diagnoser = Diagnoser.builtIn();
    }

    private static Recipient mailbox(int line, RecipientKind kind, String directoryName, String alias, String displayKey) {
        return new Recipient("d.csv:" + line, kind, directoryName, directoryName.toUpperCase(), alias, alias.toUpperCase(),
                displayKey, displayKey, "EXSRV01", true, "", "", "", "", "", "", "", "", false, Provenance.ofLine("d.csv", line));
    }

    @Test
    void onlyNamesSeveralMailboxesCarryAreAmbiguous() {
        List<AmbiguousName> shared = AmbiguousName.among(List.of(
                mailbox(5, RecipientKind.MAILBOX, "shared", "D", ""),
                mailbox(3, RecipientKind.MAILBOX, "SHARED", "B", ""),
                mailbox(2, RecipientKind.MAILBOX, "Shared", "A", ""),
                mailbox(4, RecipientKind.MAILBOX, "shared", "C", "ONE"),
                mailbox(6, RecipientKind.MAILBOX, "shared", "E", ""),
                mailbox(7, RecipientKind.CUSTOM_RECIPIENT, "OTHER", "A", "ONE"),
                mailbox(8, RecipientKind.MAILBOX, "UNIQUE", "F", "")));
        assertEquals(1, shared.size(), shared.toString()); // blank display names and custom recipients never collide
        AmbiguousName name = shared.get(0);
        assertEquals(List.of(AmbiguousName.DIRECTORY_NAME, "SHARED", "Shared", 5),
                List.of(name.field(), name.key(), name.name(), name.mailboxes()));
        assertEquals(List.of("d.csv:2", "d.csv:3", "d.csv:4"), name.sample().stream().map(r -> r.at().cite()).toList());
        assertEquals("Directory Name 'Shared', carried by 5 mailboxes (d.csv:2, d.csv:3, d.csv:4 and 2 more)", name.describe());
    }

    private static Report diagnose(Path dir, int n) throws IOException {
        return diagnoser.diagnose(List.of(CollidingNamesBench.write(dir.resolve("case-" + n), n)), List.of());
    }

    @Test
    void aSharedNameIsOneFindingWhateverTheNumberOfUsersAndMailboxes(@TempDir Path dir) throws IOException {
        Report small = diagnose(dir, 50);
        Report large = diagnose(dir, 500);
        String json = new JsonReportWriter().toJson(large);

        assertEquals(evidenceCount(small), evidenceCount(large));
        assertTrue(json.length() < 30_000, "report of " + json.length() + " characters");
        Diagnosis precreated = large.diagnoses().stream().filter(d -> d.cause().equals("mailbox-precreated")).findFirst().orElseThrow();
        assertEquals(List.of(), precreated.affected());
        List<String> found = precreated.evidence().stream().map(EvidenceItem::text)
                .filter(t -> t.startsWith("Directory Name 'SHARED', carried by 500 mailboxes")).toList();
        assertEquals(1, found.size(), precreated.evidence().toString());
        assertTrue(found.get(0).contains("Common-Name of 500 users (NET1/PO1/U00001, NET1/PO1/U00002, NET1/PO1/U00003 and 497 more)"),
                found.get(0));
        assertTrue(large.diagnoses().stream().allMatch(d -> d.mailboxes().isEmpty()), "no user tied to a mailbox by a shared name");
    }

    private static long evidenceCount(Report report) {
        return report.diagnoses().stream().mapToLong(d -> d.evidence().size()).sum();
    }

    @Test
    void findingsDoNotDependOnTheOrderFactsComeIn() throws IOException {
        JsonReportWriter json = new JsonReportWriter();
        CaseData data = diagnoser.read(List.of(Path.of("rules/scenarios/ambiguous-names")));
        String first = json.toJson(diagnoser.diagnose(data, List.of()));
        assertTrue(first.contains("carried by 3 mailboxes"), first);
        for (long seed = 1; seed <= 3; seed++) {
            List<Object> shuffled = new ArrayList<>(data.facts());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, json.toJson(diagnoser.diagnose(new CaseData(shuffled, data.inputs()), List.of())), "seed " + seed);
        }
    }
}

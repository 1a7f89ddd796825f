package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migkb.diagnosis.CollectItem;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.report.Report;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory-side articles (Q162833, Q154443, Q152927, Q155414) on their cases: the 283
 * differential ranks each cause first on its own case with evidence against the other two, and a
 * case too thin to tell asks for what would settle it.
 */
class DirectorySideArticlesTest {

    private static Report diagnose(String folder, String... answers) throws IOException {
        return BuiltInDiagnoses.diagnose(folder, answers);
    }

    private static Diagnosis find(Report report, String articleAndCause) {
        return report.diagnoses().stream().filter(d -> (d.article() + "/" + d.cause()).equals(articleAndCause)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnosis " + articleAndCause));
    }

    private static List<String> collectKeys(Diagnosis d) {
        return d.collectNext().stream().map(CollectItem::key).toList();
    }

    @ParameterizedTest(name = "{0}: {1} first, before {2} and {3}")
    @CsvSource({
            "examples/q162833-object-in-other-site, Q162833/homed-in-another-site, Q162833/insufficient-rights, Q154443/dirsync-object-exists, NET1/PO1/CAROL, targetSite=HQ",
            "examples/q162833-insufficient-rights, Q162833/insufficient-rights, Q162833/homed-in-another-site, Q154443/dirsync-object-exists, NET1/PO1/BOB, targetSite=HQ adminRightsOnDirectory=no",
            "examples/q154443-dirsync-custom-recipient, Q154443/dirsync-object-exists, Q162833/homed-in-another-site, Q162833/insufficient-rights, NET1/PO1/ALICE NET1/PO1/DAVE, dirsyncWithSource=yes"})
    void each283CauseRanksFirstOnItsCaseWithEvidenceAgainstTheOthers(String folder, String first, String other1, String other2,
                                                                     String affected, String answers) throws IOException {
        Report report = diagnose(folder, answers.split(" "));
        Diagnosis top = report.diagnoses().get(0);
        assertEquals(first, top.article() + "/" + top.cause());
        assertEquals(List.of(affected.split(" ")), top.affected());
        assertTrue(top.evidence().stream().anyMatch(e -> e.supports() && e.strength().equals("strong")), top.evidence().toString());
        for (String other : List.of(other1, other2)) {
            Diagnosis d = find(report, other);
            assertTrue(top.confidence() > 2 * d.confidence(), other + " " + d.confidence() + " vs " + top.confidence());
            assertTrue(d.evidence().stream().anyMatch(e -> !e.supports()), other + " has evidence against it: " + d.evidence());
            assertEquals(List.of(), d.affected(), other);
        }
        assertTrue(top.evidence().stream().allMatch(e -> e.source().matches(".+(:\\d+|#\\d+)|answer:\\w+")),
                "every piece of evidence cites a line, record or answer");
    }

    @Test
    void aLone283InTheMissingDescriptionFormAsksWhatWouldSettleEachCause() throws IOException {
        Report report = diagnose("rules/scenarios/q162833-lone-283");
        assertEquals(List.of("targetSite", "directory-export"), collectKeys(find(report, "Q162833/homed-in-another-site")));
        assertEquals(List.of("adminRightsOnDirectory"), collectKeys(find(report, "Q162833/insufficient-rights")));
        assertEquals(List.of("dirsyncWithSource", "directory-export"), collectKeys(find(report, "Q154443/dirsync-object-exists")));
    }

    @Test
    void withoutATargetSiteTheMostCommonSiteIsAssumedAndSaidSo() throws IOException {
        Diagnosis top = diagnose("examples/q162833-object-in-other-site").diagnoses().get(0);
        assertEquals("Q162833/homed-in-another-site", top.article() + "/" + top.cause());
        assertEquals(List.of("NET1/PO1/CAROL"), top.affected());
        assertTrue(top.evidence().stream().anyMatch(e -> e.supports() && e.strength().equals("moderate")
                && e.text().contains("site EUROPE") && e.text().contains("assumed")), top.evidence().toString());
        assertTrue(collectKeys(top).contains("targetSite"));
    }

    @Test
    void aLone136AsksForTheDirectoryExport() throws IOException {
        Diagnosis d = find(diagnose("rules/scenarios/q152927-lone-136"), "Q152927/existing-nt-account-reused");
        assertEquals(List.of("directory-export"), collectKeys(d));
        assertEquals(List.of(), d.affected());
    }

    @Test
    void theReusedAccountIsNamedWithItsHoldersAndTheNumberedAddress() throws IOException {
        Diagnosis d = diagnose("examples/q152927-nt-account-reused").diagnoses().get(0);
        assertEquals("Q152927/existing-nt-account-reused", d.article() + "/" + d.cause());
        assertTrue(d.evidence().stream().anyMatch(e -> e.text().contains("CONTOSO\\jsmith, held by 2 mailboxes")), d.evidence().toString());
        assertTrue(d.evidence().stream().anyMatch(e -> e.text().contains("alias JSMITH2")), d.evidence().toString());
    }

    @Test
    void aLone291AsksForTheImportFileAndWhetherExcelSavedIt() throws IOException {
        Diagnosis d = find(diagnose("rules/scenarios/q155414-lone-291"), "Q155414/missing-separators");
        assertEquals(List.of("importFileEditedInExcel", "import-file"), collectKeys(d));
        assertTrue(d.evidence().stream().anyMatch(e -> e.supports() && e.strength().equals("moderate")
                && e.text().contains("expected 10 fields and found 8")), d.evidence().toString());
    }

    @Test
    void theShortRowTheEventNamesIsCitedAtItsLine() throws IOException {
        Diagnosis d = find(diagnose("rules/scenarios/q155414-short-row", "importFileEditedInExcel=yes"), "Q155414/missing-separators");
        assertTrue(d.evidence().stream().anyMatch(e -> e.strength().equals("strong") && e.source().endsWith("import.csv:3")
                && e.text().contains("TESTUSER has 8 fields where its header has 10")), d.evidence().toString());
        Diagnosis cut = find(diagnose("rules/scenarios/q155414-short-row", "importFileEditedInExcel=no"), "Q155414/excel-cut-cell");
        assertTrue(cut.confidence() < 0.1, "a file never opened in Excel was not cut by it: " + cut.confidence());
    }
}

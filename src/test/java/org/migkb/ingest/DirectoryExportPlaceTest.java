package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.Recipient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

/** The export's container, site, primary NT account and Hide from AB columns, in both header spellings. */
class DirectoryExportPlaceTest {

    private static final Path DIR = INGEST.resolve("places");

    private static Map<String, Recipient> byName(CaseData data) {
        return Fixtures.factsOf(data, Recipient.class).stream()
                .collect(Collectors.toMap(Recipient::directoryName, Function.identity()));
    }

    private static String place(Recipient r) {
        return String.join("|", r.container(), r.containerKey(), r.site(), r.siteKey(), r.ntAccount(), r.ntAccountKey(),
                String.valueOf(r.hidden()));
    }

    @Test
    void anAnsiExportWithTheAdministratorsSpellingsGivesEachObjectItsPlace() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("directory-1252.csv"));
        assertEquals("windows-1252", data.inputs().get(0).encoding());
        Map<String, Recipient> recipients = byName(data);
        Recipient diaz = recipients.get("CDIAZ");
        assertEquals("Díaz, Carlos", diaz.displayName());
        assertEquals("Recipients|RECIPIENTS|SALES|SALES|NWIND\\CDIAZ|NWIND\\CDIAZ|true", place(diaz),
                "Obj-Container as a DN gives the container and the site");
        assertEquals("Recipients|RECIPIENTS|||nwind\\rroux|NWIND\\RROUX|false", place(recipients.get("RROUX")),
                "a bare container name; the first of several accounts; False");
    }

    @Test
    void blankNewColumnsAreUnknownAndNotWarnedAbout() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("directory-1252.csv"));
        Recipient blank = byName(data).get("BBLANK");
        assertEquals(List.of("", "", "", "", "", ""), List.of(blank.container(), blank.containerKey(), blank.site(),
                blank.siteKey(), blank.ntAccount(), blank.ntAccountKey()));
        assertFalse(blank.hidden());
        assertTrue(Fixtures.warningsOf(data).stream().noneMatch(w -> w.contains(":6:")), Fixtures.warningsOf(data).toString());
    }

    @Test
    void rowsShiftedIntoTheNewColumnsAreSkippedNamingTheColumn() throws IOException {
        Path file = DIR.resolve("directory-1252.csv");
        CaseData data = Fixtures.load(file);
        assertEquals(List.of("CDIAZ", "RROUX", "BBLANK"), Fixtures.factsOf(data, Recipient.class).stream()
                .map(Recipient::directoryName).toList());
        assertEquals(List.of(
                file + ":4: Obj-Container holds 'NWIND\\WSMITH', which is not a container's name or distinguished name:"
                        + " a separator inside an earlier value may have shifted the columns; row skipped",
                file + ":5: Hide from AB holds 'France', which is not True or False (1 or 0, Y or N):"
                        + " a separator inside an earlier value may have shifted the columns; row skipped"),
                Fixtures.warningsOf(data));
    }

    @Test
    void aUnicodeExportWithTheAttributeSpellingsTakesThePlaceFromTheDistinguishedName() throws IOException {
        Path file = DIR.resolve("directory-utf16.txt");
        CaseData data = Fixtures.load(file);
        assertEquals("UTF-16LE (BOM)", data.inputs().get(0).encoding());
        Map<String, Recipient> recipients = byName(data);
        Recipient diaz = recipients.get("CDIAZ");
        assertEquals("Recipients|RECIPIENTS|SALES|SALES|NWIND\\CDIAZ|NWIND\\CDIAZ|true", place(diaz));
        assertEquals("/o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ", diaz.exchangeDn());
        Recipient nowak = recipients.get("LNOWAK");
        assertEquals("Łukasz Nowak", nowak.displayName());
        assertEquals("Polska|POLSKA|WARSZAWA|WARSZAWA|lnowak|LNOWAK|false", place(nowak),
                "the cn= just above the object, whatever the container is called; a bare account; N");
        assertFalse(recipients.containsKey("TNGUYEN"));
        assertEquals(List.of(file + ":4: Obj-Dist-Name holds 'EXSRV01', which is not a distinguished name"
                + " (/o=ORG/ou=SITE/cn=...): a separator inside an earlier value may have shifted the columns; row skipped"),
                Fixtures.warningsOf(data));
    }
}

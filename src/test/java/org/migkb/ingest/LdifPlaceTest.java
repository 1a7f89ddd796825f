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
import static org.migkb.ingest.Fixtures.INGEST;

/** Container, site, NT account and hidden flag from LDIF dumps of both directories. */
class LdifPlaceTest {

    private static final Path DIR = INGEST.resolve("places");

    private static Map<String, Recipient> byAlias(CaseData data) {
        return Fixtures.factsOf(data, Recipient.class).stream()
                .collect(Collectors.toMap(Recipient::aliasKey, Function.identity()));
    }

    private static String place(Recipient r) {
        return String.join("|", r.container(), r.containerKey(), r.site(), r.siteKey(), r.ntAccount(), r.ntAccountKey(),
                String.valueOf(r.hidden()));
    }

    @Test
    void aFiveFiveDumpsEntryNameIsParsedWithItsEscapedComma() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("directory-ex55.ldif"));
        Recipient diaz = byAlias(data).get("CDIAZ");
        assertEquals("Diaz, Carlos", diaz.directoryName(), "the escaped comma belongs to the name");
        assertEquals("Carlos Díaz", diaz.displayName());
        assertEquals("Recipients|RECIPIENTS|SALES|SALES|||true", place(diaz),
                "Assoc-NT-Account held as a SID names no account; the security descriptor is never one");
        assertEquals("Polska|POLSKA|WARSZAWA|WARSZAWA|NWIND\\lnowak|NWIND\\LNOWAK|false", place(byAlias(data).get("LNOWAK")));
    }

    @Test
    void aHiddenFlagThatIsNeitherTrueNorFalseIsWarnedAndReadAsNotHidden() throws IOException {
        Path file = DIR.resolve("directory-ex55.ldif");
        CaseData data = Fixtures.load(file);
        assertEquals("Recipients|RECIPIENTS|SALES|SALES|||false", place(byAlias(data).get("TNGUYEN")));
        assertEquals(List.of(file + ":21: Hide-From-Address-Book holds 'maybe', which is not TRUE or FALSE; read as not hidden"),
                Fixtures.warningsOf(data));
    }

    @Test
    void anActiveDirectoryDumpTakesThePlaceFromLegacyExchangeDnAndTheAccountFromSamAccountName() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("directory-ad-utf16.ldif"));
        assertEquals("UTF-16LE (BOM)", data.inputs().get(0).encoding());
        Map<String, Recipient> recipients = byAlias(data);
        assertEquals("Díaz, Carlos", recipients.get("CDIAZ").displayName());
        assertEquals("Recipients|RECIPIENTS|First Administrative Group|FIRST ADMINISTRATIVE GROUP|cdiaz|CDIAZ|true",
                place(recipients.get("CDIAZ")), "the NetBIOS domain is not in the entry: the account is the bare user");
        assertEquals("||||||false", place(recipients.get("PARTNER")),
                "an AD container (OU=Contacts) is no recipients container; a contact has no account");
        assertEquals("||||||false", place(recipients.get("SALESTEAM")), "a group's sAMAccountName is no mailbox's account");
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }
}

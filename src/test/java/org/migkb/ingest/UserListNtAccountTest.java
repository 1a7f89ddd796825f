package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.WizardUser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migkb.ingest.Fixtures.INGEST;

/** The user list's Assoc-NT-Account (Q150438), in an ANSI list and in one saved as Unicode text. */
class UserListNtAccountTest {

    private static final Path DIR = INGEST.resolve("places");

    private static Map<String, String> accounts(CaseData data) {
        return Fixtures.factsOf(data, WizardUser.class).stream()
                .collect(Collectors.toMap(WizardUser::mailboxKey, u -> u.ntAccount() + "|" + u.ntAccountKey()));
    }

    @Test
    void eachUserCarriesTheAccountWrittenForItOrNone() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("userlist-1252.csv"));
        assertEquals("windows-1252", data.inputs().get(0).encoding());
        assertEquals(Map.of("CDIAZ", "NWIND\\CDIAZ|NWIND\\CDIAZ", "RROUX", "rroux|RROUX", "BBLANK", "|"), accounts(data));
    }

    @Test
    void aRowShiftedIntoAssocNtAccountIsSkippedNamingTheColumn() throws IOException {
        Path file = DIR.resolve("userlist-1252.csv");
        CaseData data = Fixtures.load(file);
        assertEquals(List.of(file + ":5: Assoc-NT-Account holds 'was NET1/PO1/WALTS', which is not a Windows NT account"
                + " (DOMAIN\\user): a separator inside an earlier value may have shifted the columns; row skipped"),
                Fixtures.warningsOf(data));
    }

    @Test
    void aUnicodeListIsReadAlike() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("userlist-utf16.txt"));
        assertEquals("UTF-16LE (BOM)", data.inputs().get(0).encoding());
        assertEquals(Map.of("LNOWAK", "NWIND\\lnowak|NWIND\\LNOWAK", "CDIAZ", "|"), accounts(data));
        assertEquals(List.of(), Fixtures.warningsOf(data));
        WizardUser nowak = Fixtures.factsOf(data, WizardUser.class).stream().filter(u -> u.mailboxKey().equals("LNOWAK"))
                .findFirst().orElseThrow();
        assertEquals("ŁUKASZ NOWAK", nowak.fullNameKey(), "decoded as UTF-16LE");
    }
}

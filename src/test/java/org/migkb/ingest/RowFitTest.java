package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.WizardUser;

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

/** Rows whose fields do not fit their header, or whose values do not fit their columns, are not read. */
class RowFitTest {

    private static final Path DIR = INGEST.resolve("rowfit");

    private static List<String> directoryNames(CaseData data) {
        return Fixtures.factsOf(data, Recipient.class).stream().map(Recipient::directoryName).toList();
    }

    private static Map<String, WizardUser> usersByMailbox(CaseData data) {
        return Fixtures.factsOf(data, WizardUser.class).stream()
                .collect(Collectors.toMap(WizardUser::mailboxKey, Function.identity()));
    }

    @Test
    void aRowShiftedByAnUnquotedCommaIsSkippedAtItsLineThoughItsExtraFieldIsBlank() throws IOException {
        Path file = DIR.resolve("directory-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertEquals(List.of("ALICE", "BOB"), directoryNames(data));
        List<String> warnings = Fixtures.warningsOf(data);
        assertTrue(warnings.contains(file + ":3: 8 fields where the header has 7; the extra fields are blank, but neither"
                + " the header nor most rows are padded so: a separator inside a value (an unquoted comma in a name?) has"
                + " shifted the columns after it; row skipped"), warnings.toString());
        assertEquals(5, data.inputs().get(0).records(), "every data row is counted, read or not");
    }

    @Test
    void aHomeServerHoldingAnAddressSkipsTheRowNamingTheColumn() throws IOException {
        Path file = DIR.resolve("directory-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertFalse(directoryNames(data).contains("CCOLE"));
        assertTrue(Fixtures.warningsOf(data).contains(file + ":4: Home-Server holds 'SMTP:ccole@contoso.com%MS:CONTOSO/HQ/CCOLE',"
                + " which is not a server name: a separator inside an earlier value may have shifted the columns; row skipped"),
                Fixtures.warningsOf(data).toString());
    }

    @Test
    void anAddressColumnWithoutAnyAddressSkipsTheRowNamingTheColumn() throws IOException {
        Path file = DIR.resolve("directory-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertFalse(directoryNames(data).contains("DDUNN"));
        assertTrue(Fixtures.warningsOf(data).contains(file + ":5: E-mail Addresses holds 'dave@contoso.com', which is not"
                + " an address of the form TYPE:value: a separator inside an earlier value may have shifted the columns;"
                + " row skipped"), Fixtures.warningsOf(data).toString());
        assertTrue(Fixtures.factsOf(data, RecipientAddress.class).stream().noneMatch(a -> a.value().contains("dunn")),
                "nothing of a skipped row becomes a fact");
        assertEquals(3, Fixtures.warningsOf(data).size(), Fixtures.warningsOf(data).toString());
    }

    @Test
    void anExcelPaddedFileIsReadWhole() throws IOException {
        CaseData data = Fixtures.load(DIR.resolve("directory-excel-padded.csv"));
        assertEquals("directory-export-csv", data.inputs().get(0).format());
        assertEquals(List.of("ALICE", "BOB", "CAROL-MS", "DAVE"), directoryNames(data));
        assertEquals(List.of(), Fixtures.warningsOf(data));
        Recipient alice = Fixtures.factsOf(data, Recipient.class).get(0);
        assertEquals("Archer, Alice", alice.displayName(), "with ; separating, a comma in a name shifts nothing");
        assertEquals("EXSRV01", alice.homeServer());
    }

    @Test
    void inAnExcelPaddedFileAShiftedRowIsCaughtByWhatItsColumnsHold() throws IOException {
        Path file = DIR.resolve("directory-excel-padded-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertEquals(List.of("ALICE", "BOB"), directoryNames(data));
        assertEquals(List.of(file + ":3: E-mail Addresses holds 'EXSRV01', which is not an address of the form TYPE:value:"
                + " a separator inside an earlier value may have shifted the columns; row skipped"), Fixtures.warningsOf(data));
    }

    @Test
    void rowsThatAllEndWithASeparatorAreReadButADoubledTabIsNot() throws IOException {
        Path file = DIR.resolve("directory-trailing-tab.txt");
        CaseData data = Fixtures.load(file);
        assertEquals(List.of("ALICE", "BOB", "CAROL"), directoryNames(data));
        assertEquals(List.of(file + ":4: 8 fields where the header has 6; row skipped"), Fixtures.warningsOf(data));
    }

    @Test
    void aUserListRowShiftedByACommaInTheFullNameIsNotAUser() throws IOException {
        Path file = DIR.resolve("userlist-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertFalse(usersByMailbox(data).containsKey("HIVES"));
        assertTrue(Fixtures.warningsOf(data).stream().anyMatch(w -> w.startsWith(file + ":3: 14 fields where the header has 13;")),
                Fixtures.warningsOf(data).toString());
    }

    @Test
    void aUserListRowSavedWithoutItsEmptyLastCellsIsReadAndSaidOnce() throws IOException {
        Path file = DIR.resolve("userlist-shifted.csv");
        CaseData data = Fixtures.load(file);
        WizardUser bob = usersByMailbox(data).get("BOB");
        assertEquals(MigrateValue.ABSENT, bob.migrateValue(), "the missing Secondary-Proxy-Addresses cell is empty");
        assertTrue(Fixtures.warningsOf(data).contains(file + ":4: 10 fields where the header has 13; the missing last cells"
                + " (Comment, Assoc-NT-Account, Secondary-Proxy-Addresses) are read as empty, as spreadsheets save rows whose"
                + " last cells are empty (the directory import would reject such a row, Q155414); further short rows of this"
                + " file are read alike without a warning"), Fixtures.warningsOf(data).toString());
    }

    @Test
    void aUserListRowThatLostASeparatorIsNotReadAsMissingItsMigrateValue() throws IOException {
        Path file = DIR.resolve("userlist-shifted.csv");
        CaseData data = Fixtures.load(file);
        assertFalse(usersByMailbox(data).containsKey("DAVE"));
        assertTrue(Fixtures.warningsOf(data).contains(file + ":5: Assoc-NT-Account holds 'migrate:MS:NET1/PO1/DAVE', which"
                + " is not a Windows NT account (DOMAIN\\user): a separator inside an earlier value may have shifted the"
                + " columns; row skipped"), Fixtures.warningsOf(data).toString());
        assertEquals(List.of("ALICE", "BOB", "ERIN"), usersByMailbox(data).keySet().stream().sorted().toList());
        assertEquals(MigrateValue.PRESENT, usersByMailbox(data).get("ERIN").migrateValue());
    }
}

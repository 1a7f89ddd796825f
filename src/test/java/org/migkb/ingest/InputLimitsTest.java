package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.Answer;
import org.migkb.knowledge.Questions;
import org.migkb.facts.EventRecord;
import org.migkb.facts.Recipient;
import org.migkb.facts.WizardUser;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs past migkb's bounds (docs/formats.md, "Limits"), generated here in the real formats:
 * each costs its row, line or entry and a bounded list of warnings, never the rest of the file.
 */
class InputLimitsTest {

    private static final String DIRECTORY_HEADER = "Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,"
            + "E-mail Addresses,Secondary-Proxy-Addresses\r\n";
    private static final String USER_LIST_HEADER = "SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,"
            + "Display-Name,Given-Name,Surname,Home-Server,Comment,Assoc-NT-Account,Secondary-Proxy-Addresses\r\n";

    private static String directoryRow(String name, String addresses) {
        return "Mailbox," + name + "," + name + "," + name + " User,EXSRV01," + addresses + ",\r\n";
    }

    private static String userRow(String mailbox, String comment) {
        return mailbox + "," + mailbox + " User,Y,Mailbox,Create," + mailbox + "," + mailbox + " User,,,~SERVER,"
                + comment + ",,migrate:MS:NET1/PO1/" + mailbox + "\r\n";
    }

    private static List<InputWarning> warnings(CaseData data) {
        return data.inputs().get(0).warnings();
    }

    @Test
    void warningsPastThePerFileBoundAreCountedInOneSummary(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(DIRECTORY_HEADER);
        int rows = InputLimits.WARNINGS_PER_FILE + 50;
        for (int i = 0; i < rows; i++) {
            csv.append(directoryRow("USER" + i, "SMTP:user" + i + "@contoso.com%junk" + i));
        }
        Path file = dir.resolve("directory.csv");
        Files.writeString(file, csv);
        CaseData data = Fixtures.load(file);

        List<InputWarning> warnings = warnings(data);
        assertEquals(InputLimits.WARNINGS_PER_FILE + 1, warnings.size());
        assertEquals(file + ":2", warnings.get(0).at(), "the first warnings are listed with their line");
        assertEquals(new InputWarning(file.toString(), "50 more warnings like these were not listed (at most "
                + InputLimits.WARNINGS_PER_FILE + " are listed per file; -Dmigkb.maxWarningsPerFile changes it)"),
                warnings.get(warnings.size() - 1));
        assertEquals(rows, Fixtures.factsOf(data, Recipient.class).size(), "every row is still read");
    }

    @Test
    void aCellOfManyJunkValuesListsAFewAndCountsTheRest(@TempDir Path dir) throws IOException {
        int junk = 300_000; // 600,000 characters: under the cell bound, so the row is read
        StringBuilder cell = new StringBuilder("SMTP:eve@contoso.com");
        cell.append("%x".repeat(junk));
        Path file = dir.resolve("directory.csv");
        Files.writeString(file, DIRECTORY_HEADER + directoryRow("ALICE", "SMTP:alice@contoso.com")
                + directoryRow("EVE", cell.toString()) + directoryRow("ZED", "SMTP:zed@contoso.com"));
        CaseData data = Fixtures.load(file);

        List<InputWarning> warnings = warnings(data);
        assertEquals(InputLimits.WARNINGS_PER_CELL + 2, warnings.size(), warnings.toString());
        assertEquals(new InputWarning(file + ":3", "E-mail Addresses holds " + (junk + 1) + " values; only the first "
                + InputLimits.VALUES_PER_CELL + " were read (-Dmigkb.maxValuesPerCell)"), warnings.get(0));
        assertEquals("'x' is not an address of the form TYPE:value; ignored", warnings.get(1).message());
        int junkRead = InputLimits.VALUES_PER_CELL - 1; // the first value is Eve's address
        assertEquals(new InputWarning(file + ":3", (junkRead - InputLimits.WARNINGS_PER_CELL)
                + " more problems with the values of E-mail Addresses in this row were not listed"), warnings.get(warnings.size() - 1));
        assertEquals(List.of("ALICE", "EVE", "ZED"), Fixtures.factsOf(data, Recipient.class).stream().map(Recipient::directoryName).toList());
    }

    @Test
    void aUserListCellOfTwentyOneMillionCharactersCostsItsRowOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("users.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            out.write(USER_LIST_HEADER);
            out.write(userRow("ALICE", ""));
            out.write(userRow("BOB", "x".repeat(21_000_000)));
            out.write(userRow("CAROL", ""));
        }
        CaseData data = Fixtures.load(file);

        assertEquals(List.of("ALICE", "CAROL"), Fixtures.factsOf(data, WizardUser.class).stream().map(WizardUser::mailboxKey).toList(),
                "the rows before and after the long cell are read");
        assertEquals(List.of(new InputWarning(file + ":3", "cell 11 holds 21000000 characters, more than the "
                + InputLimits.CELL_CHARS + " a cell may have (-Dmigkb.maxCellChars); row skipped")), warnings(data));
        assertEquals(3, data.inputs().get(0).records(), "the skipped row counts as a record read");
    }

    @Test
    void aRowOfManyLongOrEmptyCellsCostsItsRowOnly(@TempDir Path dir) throws IOException {
        String longCell = "x".repeat(InputLimits.CELL_CHARS - 1);
        Path file = dir.resolve("users.csv");
        Files.writeString(file, USER_LIST_HEADER + userRow("ALICE", "")
                + userRow("BOB", String.join(",", longCell, longCell, longCell, longCell, longCell))
                + userRow("CAROL", ",".repeat(InputLimits.RECORD_CHARS)) + userRow("DAVE", ""));
        CaseData data = Fixtures.load(file);

        assertEquals(List.of("ALICE", "DAVE"), Fixtures.factsOf(data, WizardUser.class).stream().map(WizardUser::mailboxKey).toList());
        String message = "the row holds more than " + InputLimits.RECORD_CHARS + " characters (-Dmigkb.maxRecordChars); row skipped";
        assertEquals(List.of(new InputWarning(file + ":3", message), new InputWarning(file + ":4", message)), warnings(data));
    }

    @Test
    void anEightMegabyteDirectoryNameCostsItsRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("directory.csv");
        Files.writeString(file, DIRECTORY_HEADER + directoryRow("ALICE", "SMTP:alice@contoso.com")
                + directoryRow("N".repeat(8 * 1024 * 1024), "SMTP:long@contoso.com") + directoryRow("ZED", "SMTP:zed@contoso.com"));
        CaseData data = Fixtures.load(file);

        assertEquals(List.of("ALICE", "ZED"), Fixtures.factsOf(data, Recipient.class).stream().map(Recipient::directoryName).toList());
        assertEquals(1, warnings(data).size());
        assertEquals(file + ":3", warnings(data).get(0).at());
        assertTrue(warnings(data).get(0).message().endsWith("row skipped"), warnings(data).get(0).message());
    }

    @Test
    void aDirectoryNameLongerThanExchangeAllowsCostsItsRowWithAShortQuote(@TempDir Path dir) throws IOException {
        String name = "N".repeat(InputLimits.NAME_CHARS + 1);
        Path file = dir.resolve("directory.csv");
        Files.writeString(file, DIRECTORY_HEADER + directoryRow(name, "SMTP:long@contoso.com")
                + directoryRow("ZED", "SMTP:zed@contoso.com"));
        CaseData data = Fixtures.load(file);

        assertEquals(List.of("ZED"), Fixtures.factsOf(data, Recipient.class).stream().map(Recipient::directoryName).toList());
        assertEquals(List.of(new InputWarning(file + ":2", "the Directory Name '" + "N".repeat(InputLimits.EXCERPT_CHARS)
                + "... (" + name.length() + " characters)' is longer than the " + InputLimits.NAME_CHARS
                + " characters a directory name may have (-Dmigkb.maxNameChars); row skipped")), warnings(data));
    }

    @Test
    void anAnswersLineOfFiveMegabytesIsIgnoredWithAShortWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, "# answers\nexchangeVersion=" + "5".repeat(5 * 1024 * 1024) + "\nservicePack=SP2\n");
        CaseData data = Fixtures.load(file);

        assertEquals("answers", data.inputs().get(0).format());
        assertEquals(List.of("servicePack"), Fixtures.factsOf(data, Answer.class).stream().map(Answer::key).toList());
        List<InputWarning> warnings = warnings(data);
        assertEquals(1, warnings.size());
        assertEquals(file + ":2", warnings.get(0).at());
        assertTrue(warnings.get(0).message().length() < 300, warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("(" + (5 * 1024 * 1024 + "exchangeVersion=".length()) + " characters)"),
                warnings.get(0).message());
    }

    @Test
    void aLongInvalidAnswerIsQuotedShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Questions.builtIn().parse("servicePack=" + "9".repeat(1_000_000)));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertTrue(e.getMessage().contains("(1000000 characters)"), e.getMessage());
    }

    @Test
    void anLdifEntryWithAnOverLongLineIsSkippedAndTheNextIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("directory.ldif");
        Files.writeString(file, "version: 1\n\ndn: cn=ALICE,cn=Recipients,ou=HQ,o=Contoso\nobjectClass: organizationalPerson\n"
                + "cn: Alice\nuid: ALICE\ninfo: " + "x".repeat(InputLimits.CELL_CHARS + 1) + "\nrfc822Mailbox: alice@contoso.com\n\n"
                + "dn: cn=BOB,cn=Recipients,ou=HQ,o=Contoso\nobjectClass: organizationalPerson\ncn: Bob\nuid: BOB\n");
        CaseData data = Fixtures.load(file);

        assertEquals(List.of("BOB"), Fixtures.factsOf(data, Recipient.class).stream().map(Recipient::directoryName).toList());
        assertEquals(List.of(new InputWarning(file + ":3", "line 7 of the file, in this entry, holds " + (InputLimits.CELL_CHARS + 7)
                + " characters, more than the " + InputLimits.CELL_CHARS + " a line may have (-Dmigkb.maxCellChars); entry skipped")),
                warnings(data));
        assertEquals(2, data.inputs().get(0).records());
    }

    @Test
    void anXmlEventWithAnOverLongValueIsSkippedAndTheNextIsRead(@TempDir Path dir) throws IOException {
        String event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='MSExchangeMig'/>"
                + "<EventID>7017</EventID><Level>2</Level><Computer>EXSRV01</Computer></System><EventData><Data>%s</Data></EventData></Event>\n";
        Path file = dir.resolve("events.xml");
        Files.writeString(file, event.formatted("x".repeat(InputLimits.CELL_CHARS + 1)) + event.formatted("ALICE"));
        CaseData data = Fixtures.load(file);

        assertEquals(List.of(List.of("ALICE")), Fixtures.factsOf(data, EventRecord.class).stream().map(EventRecord::strings).toList());
        assertEquals(List.of(new InputWarning(file + ":1", "Data holds " + (InputLimits.CELL_CHARS + 1) + " characters, more than the "
                + InputLimits.CELL_CHARS + " a value may have (-Dmigkb.maxCellChars); event skipped")), warnings(data));
    }
}

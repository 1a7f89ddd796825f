package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.UserList;
import org.migkb.facts.WizardUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

class UserListReaderTest {

    private static Map<String, WizardUser> usersByMailbox(CaseData data) {
        return Fixtures.factsOf(data, WizardUser.class).stream()
                .collect(Collectors.toMap(WizardUser::mailboxKey, Function.identity()));
    }

    @Test
    void readsRowsWithThePostofficeFromAboveTheHeader() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("userlist-preamble.csv"));
        assertEquals("wizard-user-list", data.inputs().get(0).format());
        Map<String, WizardUser> users = usersByMailbox(data);
        assertEquals("NET1/PO1/ALICE", users.get("ALICE").msAddress());
        assertEquals(MigrateValue.PRESENT, users.get("ALICE").migrateValue());
        assertEquals(MigrateValue.ABSENT, users.get("BOB").migrateValue());
        assertEquals("NET1/PO1/BOB", users.get("BOB").msAddress());
        assertEquals(MigrateValue.MISMATCHED, users.get("CAROL").migrateValue());
        assertEquals("CCRUZ", users.get("CAROL").commonNameKey());
        assertFalse(users.get("DAVE").migrating());
        assertTrue(users.get("ALICE").migrating());
        UserList list = Fixtures.factsOf(data, UserList.class).get(0);
        assertEquals("NET1/PO1", list.postoffice());
        assertTrue(list.secondaryColumn());
    }

    @Test
    void badRowsAreWarnedAtTheirLineAndSkipped() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("userlist-preamble.csv"));
        Map<String, WizardUser> users = usersByMailbox(data);
        assertFalse(users.containsKey("FRANK"), "a row with a non-blank extra field is not trusted");
        String file = INGEST.resolve("userlist-preamble.csv").toString();
        assertEquals(List.of(
                file + ":8: 14 fields where the header has 13; row skipped",
                file + ":9: no SFS_UserName (MS Mail mailbox name); row skipped",
                file + ":10: 'notanaddress' in Secondary-Proxy-Addresses is not an address of the form TYPE:value; ignored"),
                Fixtures.warningsOf(data));
        assertEquals(8, data.inputs().get(0).records(), "every data row counts as a record, read or not");
    }

    @Test
    void aQuotedFieldSpanningLinesKeepsLineNumbersTrue() throws IOException {
        Map<String, WizardUser> users = usersByMailbox(Fixtures.load(INGEST.resolve("userlist-preamble.csv")));
        assertEquals(10, users.get("ERIN").at().line());
        assertEquals(MigrateValue.PRESENT, users.get("ERIN").migrateValue());
        assertEquals(12, users.get("GINA").at().line());
    }

    @Test
    void listWithoutSecondaryColumnOrPostoffice() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("userlist-no-secondary.csv"));
        Map<String, WizardUser> users = usersByMailbox(data);
        assertEquals(MigrateValue.NO_COLUMN, users.get("ALICE").migrateValue());
        assertEquals("ALICE", users.get("ALICE").msAddress(), "without a postoffice the user is named by mailbox");
        assertEquals(1, Fixtures.warningsOf(data).size());
        assertTrue(Fixtures.warningsOf(data).get(0).contains("postoffice is unknown"));
    }

    @Test
    void rowsOwnMigrateValueGivesItsAddressUnlessAPostofficeIsStated(@TempDir Path dir) throws IOException {
        String header = "SFS_UserName,MigrateUser,Common-Name,Secondary-Proxy-Addresses\r\n";
        Path noPreamble = dir.resolve("two-postoffices.csv");
        Files.writeString(noPreamble, header
                + "ANN,Y,ANN,migrate:MS:NETA/POA/ANN\r\n"
                + "BEN,Y,BEN,migrate:MS:NETB/POB/BEN\r\n"
                + "CY,Y,CY,\r\n", StandardCharsets.ISO_8859_1);
        Map<String, WizardUser> users = usersByMailbox(Fixtures.load(noPreamble));
        assertEquals("NETB/POB/BEN", users.get("BEN").msAddress());
        assertEquals(MigrateValue.PRESENT, users.get("BEN").migrateValue());
        assertEquals(MigrateValue.ABSENT, users.get("CY").migrateValue());
        assertEquals("NETA/POA/CY", users.get("CY").msAddress(), "most common postoffice, ties alphabetical");

        Path stated = dir.resolve("stated.csv");
        Files.writeString(stated, "NETA/POA\r\n" + header + "BEN,Y,BEN,migrate:MS:NETB/POB/BEN\r\n", StandardCharsets.ISO_8859_1);
        WizardUser ben = usersByMailbox(Fixtures.load(stated)).get("BEN");
        assertEquals("NETA/POA/BEN", ben.msAddress());
        assertEquals(MigrateValue.MISMATCHED, ben.migrateValue(), "an edited postoffice is a mismatch, not the address");
    }
}

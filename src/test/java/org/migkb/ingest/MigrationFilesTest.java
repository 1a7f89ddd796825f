package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.UserList;
import org.migkb.facts.WizardUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

/** The Migration Wizard's packing list and primary file. */
class MigrationFilesTest {

    private static final Path SET = INGEST.resolve("migration");

    private static Map<String, WizardUser> users(CaseData data) {
        return Fixtures.factsOf(data, WizardUser.class).stream()
                .collect(Collectors.toMap(WizardUser::mailboxKey, Function.identity()));
    }

    private static InputSummary input(CaseData data, String fileName) {
        return data.inputs().stream().filter(i -> i.path().endsWith(fileName)).findFirst().orElseThrow();
    }

    @Test
    void primaryFileDirectorySectionGivesUsers() throws IOException {
        CaseData data = Fixtures.load(SET);
        InputSummary pri = input(data, "users.pri");
        assertEquals("migration-primary-file", pri.format());
        Map<String, WizardUser> users = users(data);
        assertEquals(List.of("CAFE", "DSLASH", "MUELLER", "NOMIG", "OSLASH"), users.keySet().stream().sorted().toList());
        assertEquals("NET1/PO1/MUELLER", users.get("MUELLER").msAddress());
        assertEquals(MigrateValue.PRESENT, users.get("MUELLER").migrateValue());
        assertEquals(MigrateValue.ABSENT, users.get("NOMIG").migrateValue(), "an MS: address but no MIGRATE: value");
        assertEquals("DOUBLE\\SLASH", users.get("DSLASH").commonName(), "a doubled backslash is one backslash");
        assertEquals(SET.resolve("users.pri") + ":5", users.get("MUELLER").at().cite());
        UserList list = Fixtures.factsOf(data, UserList.class).get(0);
        assertEquals("NET1/PO1", list.postoffice());
        assertEquals(7, pri.records(), "directory rows only; PAB and message sections are not users");
    }

    @Test
    void problemsAreWarnedByLine() throws IOException {
        CaseData data = Fixtures.load(SET.resolve("users.pri"));
        String file = SET.resolve("users.pri").toString();
        List<String> warnings = Fixtures.warningsOf(data);
        assertTrue(warnings.contains(file + ":9: a single backslash in 'ONE\\SLASH' (the wizard takes it as an escape and"
                + " logs a warning; double it or remove it); kept as written"), warnings.toString());
        assertTrue(warnings.contains(file + ":10: 3 fields where the header has 5; row skipped"), warnings.toString());
        assertTrue(warnings.contains(file + ": 1 directory rows migrate users of other systems (PROFS); the rules concern"
                + " MS Mail users, so they are not kept"), warnings.toString());
    }

    @Test
    void packingListCodePageDecodesItsFiles() throws IOException {
        CaseData set = Fixtures.load(SET);
        InputSummary pkl = input(set, "MIGRATE.PKL");
        assertEquals("migration-packing-list", pkl.format());
        assertEquals(2, pkl.records());
        assertEquals("IBM850 (packing list)", input(set, "users.pri").encoding());
        assertEquals("CafÚ", users(set).get("CAFE").commonName());
    }

    @Test
    void packingListDecidesWhereTheBytesAloneWouldMislead(@TempDir Path dir) throws IOException {
        // 0xE9 is é in 1252 (plausible after "Caf") and Ú in 850: detection alone says 1252.
        byte[] primary = ("DIRECTORY\r\nObj-Class,Common-Name,Proxy-Addresses\r\n"
                + "Mailbox,Caf\u00da,MIGRATE:MS:NET1/PO1/CAFE\r\n").getBytes(TextEncoding.CP850);
        Files.write(dir.resolve("SET1.PRI"), primary);
        assertEquals("Caf\u00e9", users(Fixtures.load(dir)).get("CAFE").commonName());

        Files.writeString(dir.resolve("SET.PKL"), "850\r\nset1.pri\r\n");
        CaseData withList = Fixtures.load(dir);
        assertEquals("Caf\u00da", users(withList).get("CAFE").commonName());
        assertEquals("IBM850 (packing list)", input(withList, "SET1.PRI").encoding());
    }

    @Test
    void unknownCodePageIsWarned(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("SET.PKL"), "99999\r\nA.PRI\r\n");
        CaseData data = Fixtures.load(dir);
        assertEquals(List.of(dir.resolve("SET.PKL") + ":1: code page 99999 is unknown to this Java runtime;"
                + " the listed files are read with the detected encoding"), Fixtures.warningsOf(data));
    }
}

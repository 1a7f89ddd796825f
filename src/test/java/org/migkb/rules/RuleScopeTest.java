package org.migkb.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;
import org.migkb.engine.EngineLimits;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleRunner;
import org.migkb.facts.Evidence;
import org.migkb.ingest.CaseData;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the built-in rules conclude about a case, and about which list or user. */
class RuleScopeTest {

    private static final Charset ANSI = Charset.forName("windows-1252");
    private static final String LIST_HEADER = "SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,"
            + "Home-Server,Secondary-Proxy-Addresses\r\n";
    private static final String DIRECTORY_HEADER = "Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,"
            + "E-mail Addresses,Secondary-Proxy-Addresses\r\n";
    private static final String EVENT_7026 = "11/20/1999,2:14:07 PM,MSExchangeMig,Error,None,7026,N/A,EXSRV01,"
            + "\"Migration Aborted due to Mapi logon failure.\"\r\n";

    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() {
        diagnoser = Diagnoser.builtIn();
    }

    private static String row(String po, String name, boolean keepsMigrate) {
        return name + "," + name + " Person,Y,Mailbox,Create," + name + "," + name + " Person,~SERVER,"
                + (keepsMigrate ? "migrate:MS:NET1/" + po + "/" + name : "") + "\r\n";
    }

    private static String mailbox(String po, String name, boolean hasMigrate) {
        return "Mailbox," + name + "," + name + ",\"Person, " + name + "\",EXSRV01,SMTP:" + name.toLowerCase() + "@contoso.com,"
                + (hasMigrate ? "migrate:MS:NET1/" + po + "/" + name + "%" : "") + "smtp:" + name.toLowerCase() + "@contoso.com\r\n";
    }

    private static List<Evidence> evidenceOf(Path folder) throws IOException {
        CaseData data = diagnoser.read(List.of(folder));
        return new RuleRunner(RuleBase.builtIn(), EngineLimits.DEFAULT).run(data.facts(), actual -> List.of())
                .actual().evidence();
    }

    private static List<String> intactListsCited(Path dir) throws IOException {
        return evidenceOf(dir).stream()
                .filter(e -> e.rule().equals("Q182665 against: every row of the user list keeps its migrate: value"))
                .map(e -> e.at().cite()).sorted().toList();
    }

    private static void writeCase(Path dir, boolean daveKeepsMigrate) throws IOException {
        Files.writeString(dir.resolve("po1.csv"), LIST_HEADER + row("PO1", "ALICE", true) + row("PO1", "BOB", true), ANSI);
        Files.writeString(dir.resolve("po2.csv"), LIST_HEADER + row("PO2", "CAROL", true) + row("PO2", "DAVE", daveKeepsMigrate), ANSI);
        Files.writeString(dir.resolve("directory.csv"), DIRECTORY_HEADER + mailbox("PO1", "ALICE", true)
                + mailbox("PO1", "BOB", true) + mailbox("PO2", "CAROL", true) + mailbox("PO2", "DAVE", daveKeepsMigrate), ANSI);
        Files.writeString(dir.resolve("application-log.csv"), EVENT_7026, ANSI);
    }

    @Test
    void everyIntactListIsCitedWhenNoListLostAValue(@TempDir Path dir) throws IOException {
        writeCase(dir, true);
        List<String> cited = intactListsCited(dir);
        assertEquals(2, cited.size(), cited.toString());
        assertTrue(cited.get(0).contains("po1.csv") && cited.get(1).contains("po2.csv"), cited.toString());
    }

    @Test
    void anIntactListDoesNotCountAgainstQ182665WhileAnotherListLostAValue(@TempDir Path dir) throws IOException {
        writeCase(dir, false);
        assertEquals(List.of(), intactListsCited(dir));
    }

    @Test
    void noEvidenceIsFiledAboutHealthyUsers() throws IOException {
        List<Evidence> aboutUsers = evidenceOf(Path.of("examples/healthy-migration")).stream()
                .filter(e -> e.user() != null).toList();
        assertEquals(List.of(), aboutUsers);
    }
}

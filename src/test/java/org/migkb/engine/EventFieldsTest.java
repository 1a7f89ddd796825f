package org.migkb.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.EventField;
import org.migkb.facts.EventRecord;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.EvtWriter;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One event's declared insertion strings come out the same from every format a log is exported in. */
class EventFieldsTest {

    private static final Path TEST_ARTICLES = Path.of("src/test/resources/rulefolders/harmless-trial/kb-articles");
    private static final String CSV_PREFIX = "11/20/1999,2:20:00 PM,MSExchangeMig,Error,None,7998,N/A,EXSRV01,";

    private static List<String> fields(ArticleLibrary articles, Path... files) throws IOException {
        List<Object> facts = CaseLoader.withBuiltInReaders().load(List.of(files)).facts();
        assertEquals(1, facts.stream().filter(EventRecord.class::isInstance).count(), "one event in " + List.of(files));
        return EventFields.of(articles).among(facts).stream()
                .map(f -> f.sourceKey() + " " + f.eventId() + " " + f.name() + "=" + f.value() + " key " + f.key()).toList();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    void twoStringsFromEveryFormat(@TempDir Path dir) throws IOException {
        ArticleLibrary articles = ArticleLibrary.fromFolder(TEST_ARTICLES);
        List<String> expected = List.of("MSEXCHANGEMIG 7998 postoffice=WGPO01 key WGPO01", "MSEXCHANGEMIG 7998 size=2047 key 2047");
        Path evt = dir.resolve("AppEvent.Evt");
        Files.write(evt, new EvtWriter(16384).add("MSExchangeMig", 0xC0001F3EL, EvtWriter.ERROR, "WGPO01", "2047").build(0x30, false));
        assertEquals(expected, fields(articles, evt));
        assertEquals(expected, fields(articles, write(dir, "app.xml", "<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>"
                + "<System><Provider Name='MSExchangeMig'/><EventID Qualifiers='49152'>7998</EventID><Level>2</Level>"
                + "<TimeCreated SystemTime='1999-11-20T14:20:00.000Z'/><EventRecordID>7</EventRecordID><Computer>EXSRV01</Computer>"
                + "</System><EventData><Data>WGPO01</Data><Data>2047</Data></EventData></Event></Events>\n")));
        assertEquals(expected, fields(articles, write(dir, "message.csv",
                CSV_PREFIX + "\"Migration stopped: postoffice WGPO01 holds 2047 MB, more than one pass can read.\"\r\n")));
        assertEquals(expected, fields(articles, write(dir, "nt4.csv", CSV_PREFIX + "\"The description for Event ID ( 7998 ) in Source"
                + " ( MSExchangeMig ) could not be found. It contains the following insertion string(s): WGPO01, 2047.\"\r\n")));
        assertEquals(expected, fields(articles, write(dir, "w2003.csv", CSV_PREFIX + "\"The description for Event ID ( 7998 ) in"
                + " Source ( MSExchangeMig ) cannot be found. The local computer may not have the necessary registry information or"
                + " message DLL files to display messages from a remote computer. You may be able to use the /AUXSOURCE= flag to"
                + " retrieve this description; see Help and Support for details. The following information is part of the event:"
                + " WGPO01; 2047.\"\r\n")));
        assertEquals(expected, fields(articles, write(dir, "vista.csv", CSV_PREFIX + "\"The description for Event ID 7998 from source"
                + " MSExchangeMig cannot be found. Either the component that raises this event is not installed on your local"
                + " computer or the installation is corrupted.\r\n\r\nThe following information was included with the event: \r\n\r\n"
                + "WGPO01\r\n2047\r\n\r\nThe message resource is present but the message is not found in the string/message table\r\n\"\r\n")));
        assertEquals(expected, fields(articles, write(dir, "app.json", "[{\"EventID\": 7998, \"MachineName\": \"EXSRV01\", \"Index\": 7,"
                + " \"EntryType\": 1, \"Message\": \"\", \"Source\": \"MSExchangeMig\", \"ReplacementStrings\": [\"WGPO01\", \"2047\"],"
                + " \"TimeGenerated\": \"1999-11-20T14:20:00+01:00\"}]\n")));
    }

    @Test
    void theAccountOfA7017FromEveryFormat(@TempDir Path dir) throws IOException {
        ArticleLibrary articles = ArticleLibrary.fromFolder(Path.of("kb-articles"));
        List<String> expected = List.of("MSEXCHANGEMIG 7017 account=ALICE key ALICE");
        String prefix = "12/06/1999,9:41:12 AM,MSExchangeMig,Error,None,7017,N/A,EXSRV01,";
        Path evt = dir.resolve("AppEvent.Evt");
        Files.write(evt, new EvtWriter(16384).add("MSExchangeMig", 0xC0001B69L, EvtWriter.ERROR, "ALICE").build(0x30, false));
        assertEquals(expected, fields(articles, evt));
        assertEquals(expected, fields(articles, write(dir, "message.csv",
                prefix + "\"Could not log onto the Message Store for Account: ALICE\"\r\n")));
        assertEquals(expected, fields(articles, write(dir, "nt4.csv", prefix + "\"The description for Event ID ( 7017 ) in Source"
                + " ( MSExchangeMig ) could not be found. It contains the following insertion string(s): alice .\"\r\n")).stream()
                .map(f -> f.replace("=alice", "=ALICE")).toList());
        assertEquals(List.of(), fields(articles, write(dir, "other.csv", prefix + "\"Some other wording without the account\"\r\n")));
    }

    @Test
    void messagesWithoutTheirMessageFileListTheStrings() {
        assertEquals(List.of("a", "b c", "d"), EventFields.listedInMessage(
                "The description for Event ID ( 1 ) in Source ( S ) could not be found. It contains the following insertion"
                        + " string(s): a, b c, d."));
        assertEquals(List.of(), EventFields.listedInMessage("Could not log onto the Message Store for Account: ALICE"));
        assertEquals(List.of(), EventFields.listedInMessage("The description for Event ID ( 1 ) in Source ( S ) could not be found."));
        assertEquals(List.of("only"), EventFields.listedInMessage(
                "The description for Event ID ( 1 ) in Source ( S ) cannot be found. The following information is part of the event: only"));
    }

    @Test
    void symptomEventsAreKeptEvenWhenNoRuleNamesTheEventRecord() throws IOException {
        EventInterest declared = EventInterest.declaredBy(ArticleLibrary.fromFolder(TEST_ARTICLES));
        assertTrue(declared.wants("msexchangemig", 7998));
        assertTrue(declared.wants("MSExchangeMig", 7026));
        assertTrue(!declared.wants("MSExchangeMig", 7999));
        assertTrue(EventInterest.builtIn().wants("MSExchangeMig", 7017));
    }

    private static final String ARTICLE = """
            id: %s
            title: t
            products: []
            reference: r
            symptoms:
              - eventSource: MSExchangeMig
                eventId: 7000
                summary: s
                %s
            causes:
              - id: c
                title: t
                explanation: e
                steps: [s]
                verify: v
            """;

    @Test
    void aMalformedPatternIsAnErrorAtItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q1.yaml"), ARTICLE.formatted("Q1", "text: \"account: (?<account>[^.]+\""));
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("Q1.yaml") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("text is not a valid Java regex"), e.getMessage());
    }

    @Test
    void aPatternWithoutNamedGroupsOrABadNameIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q1.yaml"), ARTICLE.formatted("Q1", "text: \"account: ([^.]+)\""));
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertTrue(e.getMessage().contains("no named group"), e.getMessage());
        Files.writeString(dir.resolve("Q1.yaml"), ARTICLE.formatted("Q1", "strings: [return-code]"));
        e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertTrue(e.getMessage().contains("'return-code'"), e.getMessage());
    }

    @Test
    void twoArticlesMayShareAnEventButNotNameOnePositionTwoWays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q1.yaml"), ARTICLE.formatted("Q1", "strings: [account, path]"));
        Files.writeString(dir.resolve("Q2.yaml"), ARTICLE.formatted("Q2", "strings: [account, \"\", code]"));
        assertEquals(List.of("account", "path", "code"), ArticleLibrary.fromFolder(dir).eventStrings().get("MSEXCHANGEMIG 7000").names());
        Files.writeString(dir.resolve("Q2.yaml"), ARTICLE.formatted("Q2", "strings: [mailbox]"));
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertEquals("Q1.yaml and Q2.yaml name insertion string 1 of event 7000 from MSExchangeMig differently ('account' and"
                + " 'mailbox'); use one name", e.getMessage());
    }
}

package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.Answer;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

class CaseLoaderTest {

    @Test
    void formatsAreRecognisedByContentNotByName(@TempDir Path dir) throws IOException {
        Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("directory.csv"));
        Files.copy(INGEST.resolve("directory-comma.csv"), dir.resolve("events.log"));
        Files.copy(INGEST.resolve("userlist-preamble.csv"), dir.resolve("notes.txt"));
        CaseData data = Fixtures.load(dir);
        assertEquals(List.of("event-log-csv", "directory-export-csv", "wizard-user-list"),
                data.inputs().stream().map(InputSummary::format).toList(),
                "directory.csv holds events, events.log a directory export, notes.txt a user list");
    }

    @Test
    void foldersAreReadRecursivelyInPathOrderSkippingHiddenEntries(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("logs/server1"));
        Files.createDirectories(dir.resolve(".svn"));
        Files.copy(INGEST.resolve("events-tab.txt"), dir.resolve("logs/server1/app.txt"));
        Files.copy(INGEST.resolve("directory-tab.txt"), dir.resolve("b-directory.txt"));
        Files.copy(INGEST.resolve("events-tab.txt"), dir.resolve(".svn/stale.txt"));
        Files.copy(INGEST.resolve("events-tab.txt"), dir.resolve(".hidden.txt"));
        CaseData data = Fixtures.load(dir);
        String root = dir.toString();
        assertEquals(List.of(root + "/b-directory.txt", root + "/logs/server1/app.txt"),
                data.inputs().stream().map(InputSummary::path).toList());
        assertTrue(CaseData.anythingRead(data.inputs()));
    }

    @Test
    void emptyAndUnknownFilesAreWarnedAndTheRestIsStillRead(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
        Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("z-events.csv"));
        CaseData data = Fixtures.load(dir);
        assertEquals(List.of("empty", "unknown", "event-log-csv"), data.inputs().stream().map(InputSummary::format).toList());
        assertEquals(dir + "/empty.csv: the file is empty", Fixtures.warningsOf(data).get(0));
        assertTrue(Fixtures.warningsOf(data).get(1).startsWith(dir + "/photo.jpg: format not recognised; supported: "));
        assertEquals(1, data.facts().size(), "the event file's one good record is still read");
    }

    @Test
    void nothingReadableIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "Customer says the migration failed.\r\n");
        assertFalse(CaseData.anythingRead(Fixtures.load(dir).inputs()));
    }

    @Test
    void missingPathIsAnError() {
        assertThrows(NoSuchFileException.class, () -> Fixtures.load(Path.of("no/such/case")));
    }

    @Test
    void answersFileGivesAnswersWithLinesAndWarnsOnBadValues() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("answers.txt"));
        assertEquals("answers", data.inputs().get(0).format());
        List<Answer> answers = Fixtures.factsOf(data, Answer.class);
        assertEquals(List.of("exchangeVersion=5.5", "clientLanguage=es"), answers.stream().map(a -> a.key() + "=" + a.value()).toList());
        assertEquals(INGEST.resolve("answers.txt") + ":5", answers.get(1).at().cite());
        assertEquals(1, Fixtures.warningsOf(data).size());
        assertTrue(Fixtures.warningsOf(data).get(0).startsWith(INGEST.resolve("answers.txt") + ":4: answer servicePack='SP7'"));
    }

    @Test
    void anAnswersFileIsRecognisedByItsCamelCaseKeysNotByAFixedList(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-answers.txt"), "# asked on the phone\r\nspoolerRestarted=yes\r\nservicePack = 2\r\n");
        Files.writeString(dir.resolve("b-env.txt"), "PATH=/usr/bin\nJAVA_HOME=/opt/java\n");
        Files.writeString(dir.resolve("c-app.properties"), "migkb.cache=/tmp/cache\nlog.level=debug\n");
        Files.writeString(dir.resolve("d-setup.ini"), "[Migration]\nsource=msmail\n");
        Files.writeString(dir.resolve("e-notes.txt"), "servicePack is SP2, says the customer\n");
        CaseData data = Fixtures.load(dir);
        assertEquals(List.of("answers", "unknown", "unknown", "unknown", "unknown"),
                data.inputs().stream().map(InputSummary::format).toList());
        assertEquals(List.of("servicePack=SP2"), Fixtures.factsOf(data, Answer.class).stream()
                .map(a -> a.key() + "=" + a.value()).toList());
        String warning = Fixtures.warningsOf(data).get(0);
        assertTrue(warning.startsWith(dir.resolve("a-answers.txt") + ":2: unknown answer key 'spoolerRestarted'; the loaded"
                + " articles ask: clientLanguage, exchangeVersion"), warning);
    }

    @Test
    void inputsAreNeverModified(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("users.csv");
        Files.copy(INGEST.resolve("userlist-preamble.csv"), copy);
        byte[] before = Files.readAllBytes(copy);
        long modified = Files.getLastModifiedTime(copy).toMillis();
        Fixtures.load(copy);
        assertEquals(modified, Files.getLastModifiedTime(copy).toMillis());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)));
    }

    @Test
    void eventsNoFilterWantsAreCountedButNotBuilt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.csv"), String.join("\r\n",
                "11/20/1999,2:14:07 PM,MSExchangeMig,Error,None,7026,N/A,EXSRV01,\"Migration Aborted due to Mapi logon failure.\"",
                "11/20/1999,2:14:08 PM,MSExchangeIS,Information,General,1001,N/A,EXSRV01,\"Started, as \"\"usual\"\".\"",
                "11/20/1999,2:14:09 PM,msexchangemig,Error,None,7017,N/A,EXSRV01,\"Could not log on. Account: BOB\"", ""));
        Files.write(dir.resolve("app.evt"), new EvtWriter(4096).add("MSExchangeIS", 1001, EvtWriter.INFORMATION, "x")
                .add("MSExchangeMig", 0xC0001B72L, EvtWriter.ERROR, "y").build(0x30, false));
        List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        CaseData data = CaseLoader.withBuiltInReaders().keepingEvents((source, id) -> {
            asked.add(source + " " + id);
            return source.equalsIgnoreCase("MSExchangeMig");
        }).load(List.of(dir));
        assertEquals(List.of("MSExchangeIS 1001", "MSExchangeIS 1001", "MSExchangeMig 7026", "MSExchangeMig 7026",
                "msexchangemig 7017"), asked.stream().sorted().toList(),
                "asked once per event, with the source as written and the low 16 bits of the ID");
        assertEquals(List.of(3L, 2L), data.inputs().stream().map(InputSummary::records).toList(), "every event is counted");
        assertEquals(List.of("MSEXCHANGEMIG 7026", "MSEXCHANGEMIG 7017", "MSEXCHANGEMIG 7026"),
                Fixtures.factsOf(data, EventRecord.class).stream().map(e -> e.sourceKey() + " " + e.eventId()).toList());
    }

    @Test
    void filesReadInParallelGiveTheirFactsInPathOrder(@TempDir Path dir) throws IOException {
        // sizes that make the last files the largest, so they are read first and finish last
        for (int f = 0; f < 12; f++) {
            StringBuilder log = new StringBuilder();
            for (int i = 0; i <= f * 200; i++) {
                log.append("11/20/1999,2:14:07 PM,MSExchangeMig,Error,None,7026,N/A,EXSRV01,\"file ").append(f)
                        .append(" event ").append(i).append("\"\r\n");
            }
            Files.writeString(dir.resolve(String.format("log%02d.csv", f)), log);
        }
        List<String> expected = new ArrayList<>();
        for (int f = 0; f < 12; f++) {
            for (int i = 0; i <= f * 200; i++) {
                expected.add(dir.resolve(String.format("log%02d.csv", f)) + ":" + (i + 1));
            }
        }
        for (int run = 0; run < 3; run++) {
            CaseData data = Fixtures.load(dir);
            assertEquals(expected, Fixtures.factsOf(data, EventRecord.class).stream().map(e -> e.at().cite()).toList());
            assertEquals(12, data.inputs().size());
            assertEquals(dir.resolve("log11.csv").toString(), data.inputs().get(11).path());
        }
    }
}

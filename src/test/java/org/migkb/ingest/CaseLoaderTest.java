package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.Answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    void inputsAreNeverModified(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("users.csv");
        Files.copy(INGEST.resolve("userlist-preamble.csv"), copy);
        byte[] before = Files.readAllBytes(copy);
        long modified = Files.getLastModifiedTime(copy).toMillis();
        Fixtures.load(copy);
        assertEquals(modified, Files.getLastModifiedTime(copy).toMillis());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)));
    }
}

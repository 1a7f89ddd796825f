package org.migkb.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

/** Entries of a case that are not plain files and folders: FIFOs, devices, links, loops, unreadable folders. */
class CasePathsTest {

    /** A FIFO at the path, or the test skipped with the reason when the system cannot make one. */
    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0,
                "mkfifo could not make a FIFO here");
    }

    private static InputSummary input(CaseData data, String path) {
        return data.inputs().stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not among " + data.inputs().stream().map(InputSummary::path).toList()));
    }

    private static String onlyWarning(CaseData data, String path) {
        List<InputWarning> warnings = input(data, path).warnings();
        assertEquals(1, warnings.size(), path + ": " + warnings);
        return warnings.get(0).message();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // opening the FIFO would block for ever
    void aFifoGivenAsAnArgumentIsSkippedWithAWarningWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        mkfifo(fifo);
        Path events = Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("events.csv"));
        CaseData data = Fixtures.load(fifo, events);
        assertEquals(List.of(fifo.toString(), events.toString()), data.inputs().stream().map(InputSummary::path).toList());
        assertEquals(CaseLoader.SKIPPED_FORMAT, input(data, fifo.toString()).format());
        assertEquals("a named pipe (FIFO); skipped without opening it", onlyWarning(data, fifo.toString()));
        assertEquals(1, data.facts().size(), "the event file is still read");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fifoDeviceSelfLinkAndLoopInsideACaseAreEachWarnedAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.copy(INGEST.resolve("events-header.csv"), caseDir.resolve("events.csv"));
        mkfifo(caseDir.resolve("a-pipe"));
        Files.createSymbolicLink(caseDir.resolve("b-zero"), Path.of("/dev/zero"));
        Files.createSymbolicLink(caseDir.resolve("c-self"), Path.of("c-self"));
        Files.createDirectories(caseDir.resolve("d-logs"));
        Files.createSymbolicLink(caseDir.resolve("d-logs/loop"), Path.of(".."));
        CaseData data = Fixtures.load(caseDir);
        String root = caseDir.toString();
        assertEquals(List.of(root + "/a-pipe", root + "/b-zero", root + "/c-self", root + "/d-logs/loop", root + "/events.csv"),
                data.inputs().stream().map(InputSummary::path).toList(), "every entry once, in path order");
        assertEquals("a named pipe (FIFO); skipped without opening it", onlyWarning(data, root + "/a-pipe"));
        String zero = onlyWarning(data, root + "/b-zero");
        assertTrue(zero.contains("outside the case folder; not followed"), zero);
        String self = onlyWarning(data, root + "/c-self");
        assertTrue(self.startsWith("a link that leads nowhere readable"), self);
        assertEquals("a link back to a folder that contains it (a loop); not followed", onlyWarning(data, root + "/d-logs/loop"));
        assertEquals(1, data.facts().size(), "the event file's one record is still read");
        assertEquals("event-log-csv", input(data, root + "/events.csv").format());
    }

    @Test
    void aDeviceGivenAsAnArgumentIsSkippedNeverRead(@TempDir Path dir) throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Path events = Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("events.csv"));
        CaseData data = Fixtures.load(zero, events);
        assertEquals("a character device; skipped without opening it", onlyWarning(data, "/dev/zero"));
        assertEquals(1, data.facts().size());
    }

    @Test
    void aLinkInsideTheCaseIsFollowedAndALinkOutsideIsNot(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(INGEST.resolve("events-header.csv"), outside.resolve("secret.csv"));
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.createDirectories(caseDir.resolve("logs"));
        Files.copy(INGEST.resolve("events-header.csv"), caseDir.resolve("logs/app.csv"));
        Files.copy(INGEST.resolve("directory-comma.csv"), caseDir.resolve("directory.csv"));
        Files.createSymbolicLink(caseDir.resolve("dir-link.csv"), Path.of("directory.csv"));
        Files.createSymbolicLink(caseDir.resolve("more-logs"), Path.of("logs"));
        Files.createSymbolicLink(caseDir.resolve("outside.csv"), outside.resolve("secret.csv"));
        Files.createSymbolicLink(caseDir.resolve("outside-folder"), outside);
        CaseData data = Fixtures.load(caseDir);
        String root = caseDir.toString();
        assertEquals(List.of(root + "/dir-link.csv", root + "/directory.csv", root + "/logs/app.csv",
                        root + "/more-logs", root + "/outside-folder", root + "/outside.csv"),
                data.inputs().stream().map(InputSummary::path).toList());
        assertEquals("directory-export-csv", input(data, root + "/dir-link.csv").format(), "a link inside the case is read");
        assertEquals("the same file as " + root + "/dir-link.csv (a link); read once", onlyWarning(data, root + "/directory.csv"));
        assertEquals("the same folder as " + root + "/logs (a link); read once", onlyWarning(data, root + "/more-logs"));
        assertTrue(onlyWarning(data, root + "/outside.csv").endsWith("secret.csv, outside the case folder; not followed"));
        assertTrue(onlyWarning(data, root + "/outside-folder").endsWith("elsewhere, outside the case folder; not followed"));
        assertEquals(1, Fixtures.factsOf(data, org.migkb.facts.EventRecord.class).size(), "the secret events are not read");
    }

    @Test
    void aCaseFolderReachedThroughALinkAndAFileThatIsALinkAreRead(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real-case/logs"));
        Files.copy(INGEST.resolve("events-header.csv"), real.resolve("app.csv"));
        Path folderLink = Files.createSymbolicLink(dir.resolve("case-link"), dir.resolve("real-case"));
        Path fileLink = Files.createSymbolicLink(dir.resolve("events-link.csv"), real.resolve("app.csv"));
        CaseData viaFolder = Fixtures.load(folderLink);
        assertEquals(List.of(folderLink + "/logs/app.csv"), viaFolder.inputs().stream().map(InputSummary::path).toList(),
                "cited as the engineer named it");
        assertEquals(1, viaFolder.facts().size());
        CaseData viaFile = Fixtures.load(fileLink);
        assertEquals("event-log-csv", input(viaFile, fileLink.toString()).format());
        assertEquals(1, viaFile.facts().size());
    }

    @Test
    void anUnreadableFolderIsAWarningAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.copy(INGEST.resolve("events-header.csv"), locked.resolve("hidden-from-us.csv"));
        Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("open.csv"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean denied;
            try (var stream = Files.newDirectoryStream(locked)) {
                denied = false;
            } catch (IOException e) {
                denied = true;
            }
            Assumptions.assumeTrue(denied, "permissions do not deny reads here (running as root): nothing to test");
            CaseData data = Fixtures.load(dir);
            assertEquals(List.of(locked.toString(), dir + "/open.csv"), data.inputs().stream().map(InputSummary::path).toList());
            assertEquals("folder could not be read (permission denied); its files were skipped, the rest of the case is read",
                    onlyWarning(data, locked.toString()));
            assertEquals(1, data.facts().size());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnreadableFileIsAWarningAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path locked = Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("a-locked.csv"));
        Files.copy(INGEST.resolve("events-header.csv"), dir.resolve("b-open.csv"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "permissions do not deny reads here (running as root): nothing to test");
            CaseData data = Fixtures.load(dir);
            assertEquals("could not be read: permission denied", onlyWarning(data, locked.toString()));
            assertEquals(1, data.facts().size());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

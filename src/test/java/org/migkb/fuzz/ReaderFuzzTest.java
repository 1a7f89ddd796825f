package org.migkb.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.migkb.ingest.AnswersFileReader;
import org.migkb.ingest.ArchiveLimits;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.DirectoryExportReader;
import org.migkb.ingest.EventJsonReader;
import org.migkb.ingest.EventLogCsvReader;
import org.migkb.ingest.EventXmlReader;
import org.migkb.ingest.EvtLogReader;
import org.migkb.ingest.LdifDirectoryReader;
import org.migkb.ingest.PackingListReader;
import org.migkb.ingest.PrimaryFileReader;
import org.migkb.ingest.UserListReader;

import java.nio.file.Path;
import java.util.List;

/**
 * One coverage-guided fuzz target per reader. Each reads the fuzzed bytes as a file through a
 * {@link CaseLoader} holding only that reader (so the fuzzer's mutations are spent on the one
 * format) and checks {@link FuzzedCase}'s properties. A normal build runs each target over its
 * seeds and crash fixtures in {@code src/test/resources/org/migkb/fuzz/ReaderFuzzTestInputs/<target>};
 * {@code JAZZER_FUZZ=1} fuzzes one target for real (docs/fuzzing.md).
 */
class ReaderFuzzTest {

    private static final Path FOLDER = FuzzedCase.folder("readers");

    private static void read(CaseLoader loader, String fileName, byte[] input) {
        FuzzedCase.check(loader, FOLDER.resolve(fileName), input);
    }

    @FuzzTest(maxDuration = "30s")
    void evt(byte[] input) {
        read(FuzzedCase.only(new EvtLogReader()), "fuzzed.evt", input);
    }

    @FuzzTest(maxDuration = "30s")
    void eventXml(byte[] input) {
        read(FuzzedCase.only(new EventXmlReader()), "fuzzed.xml", input);
    }

    @FuzzTest(maxDuration = "30s")
    void eventCsv(byte[] input) {
        read(FuzzedCase.only(new EventLogCsvReader()), "fuzzed-events.csv", input);
    }

    @FuzzTest(maxDuration = "30s")
    void eventJson(byte[] input) {
        read(FuzzedCase.only(new EventJsonReader()), "fuzzed.json", input);
    }

    @FuzzTest(maxDuration = "30s")
    void directoryCsv(byte[] input) {
        read(FuzzedCase.only(new DirectoryExportReader()), "fuzzed-directory.csv", input);
    }

    @FuzzTest(maxDuration = "30s")
    void ldif(byte[] input) {
        read(FuzzedCase.only(new LdifDirectoryReader()), "fuzzed.ldif", input);
    }

    @FuzzTest(maxDuration = "30s")
    void userList(byte[] input) {
        read(FuzzedCase.only(new UserListReader()), "fuzzed-users.csv", input);
    }

    @FuzzTest(maxDuration = "30s")
    void packingList(byte[] input) {
        read(FuzzedCase.only(new PackingListReader()), "MIGRATE.PKL", input);
    }

    @FuzzTest(maxDuration = "30s")
    void primaryFile(byte[] input) {
        read(FuzzedCase.only(new PrimaryFileReader()), "fuzzed.pri", input);
    }

    @FuzzTest(maxDuration = "30s")
    void answers(byte[] input) {
        read(FuzzedCase.only(new AnswersFileReader()), "answers.txt", input);
    }

    /** The archive reader, with a text and a seeking reader for the members (each fuzzed on its own above). */
    private static final CaseLoader ARCHIVES = new CaseLoader(List.of(new UserListReader(), new EvtLogReader()))
            .withArchiveLimits(new ArchiveLimits(100, 4L << 20, 2L << 20, 100));

    @FuzzTest(maxDuration = "30s")
    void archive(byte[] input) {
        // A member may expand to the ratio limit, or to the size below which no ratio is checked.
        long expandsTo = Math.max(100L * input.length, ArchiveLimits.RATIO_FLOOR);
        FuzzedCase.checkArchive(ARCHIVES, FOLDER.resolve("fuzzed.zip"), input, expandsTo);
    }
}

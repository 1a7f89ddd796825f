package org.migkb.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.ingest.EvtWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same case gives the same ranking whatever format each part was collected in: the Q183312
 * example's events as CSV, binary .evt and XML; its directory as a CSV export and an LDIF dump.
 */
class SameCaseOtherFormatsTest {

    private static final Path EXAMPLE = Path.of("examples/q183312-custom-recipient");
    private static final Path OTHER = Path.of("src/test/resources/cases/q183312-other-formats");
    private static Diagnoser diagnoser;

    @BeforeAll
    static void build() {
        diagnoser = Diagnoser.builtIn();
    }

    /** What a ranking says, without the citations, which name different files. */
    private static List<String> ranking(Path... files) throws IOException {
        Report report = diagnoser.diagnose(List.of(files), List.of());
        return report.diagnoses().stream()
                .map(d -> d.rank() + " " + d.article() + " " + d.cause() + " " + d.confidence() + " " + d.affected())
                .toList();
    }

    private static List<String> original() throws IOException {
        List<String> ranking = ranking(EXAMPLE);
        assertEquals("1 Q183312 custom-recipient-converted", ranking.get(0).substring(0, 36));
        return ranking;
    }

    @Test
    void directoryAsLdif() throws IOException {
        assertEquals(original(), ranking(EXAMPLE.resolve("users.csv"), EXAMPLE.resolve("application-log.csv"),
                OTHER.resolve("directory.ldif")));
    }

    @Test
    void eventsAsXml() throws IOException {
        assertEquals(original(), ranking(EXAMPLE.resolve("users.csv"), EXAMPLE.resolve("directory.csv"),
                OTHER.resolve("application-log.xml")));
    }

    @Test
    void eventsAsBinaryEvt(@TempDir Path dir) throws IOException {
        Path evt = dir.resolve("AppEvent.Evt");
        Files.write(evt, new EvtWriter(16384)
                .add("EventLog", 0x8000177DL, EvtWriter.INFORMATION)
                .add("MSExchangeIS", 0x400003E9L, EvtWriter.INFORMATION)
                .add("MSExchangeMig", 0xC0001B72L, EvtWriter.ERROR)
                .build(0x30, false));
        assertEquals(original(), ranking(EXAMPLE.resolve("users.csv"), EXAMPLE.resolve("directory.csv"), evt));
    }

    @Test
    void everythingOtherAtOnce(@TempDir Path dir) throws IOException {
        assertEquals(original(), ranking(EXAMPLE.resolve("users.csv"), OTHER));
    }
}

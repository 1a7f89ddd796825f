package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The binary application log of the Q255888 scenario: the committed file is what {@link EvtWriter}
 * writes, and it reads back as the wizard's three 7044 events with their insertion strings.
 */
class ScenarioEvtFilesTest {

    private static final Path EVT = Path.of("rules/scenarios/q255888-several-users/AppEvent.Evt");

    /** EventLog 6013 (uptime), then 7044 (severity Error, code 0x1B84) for each account, return code 80004005. */
    static byte[] generate() {
        return new EvtWriter(8192)
                .add("EventLog", 0x8000177DL, EvtWriter.INFORMATION)
                .add("MSExchangeMig", 0xC0001B84L, EvtWriter.ERROR, "MARK", "80004005")
                .add("MSExchangeMig", 0xC0001B84L, EvtWriter.ERROR, "NINA", "80004005")
                .add("MSExchangeMig", 0xC0001B84L, EvtWriter.ERROR, "OTTO", "80004005")
                .build(0x30, false);
    }

    @Test
    void theCommittedLogIsWhatTheGeneratorWrites() throws IOException {
        assertArrayEquals(generate(), Files.readAllBytes(EVT));
    }

    @Test
    void itReadsBackAsThree7044sWithAccountAndReturnCode() throws IOException {
        List<EventRecord> events = Fixtures.factsOf(Fixtures.load(EVT), EventRecord.class);
        assertEquals(List.of("6013 []", "7044 [MARK, 80004005]", "7044 [NINA, 80004005]", "7044 [OTTO, 80004005]"),
                events.stream().map(e -> e.eventId() + " " + e.strings()).toList());
        assertEquals(EVT + "#2", events.get(1).at().cite());
    }
}

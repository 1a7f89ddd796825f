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
 * The binary application log of the example {@code q162833-insufficient-rights}: written by
 * {@link EvtWriter} (run with {@code -Dmigkb.writeEvt=true} to write it again), and read back
 * with the 283's insertion strings in the order the article's message uses them.
 */
class DirectoryArticleEvtTest {

    static final Path LOG = Path.of("examples/q162833-insufficient-rights/application-log.evt");
    static final String REFUSED = "Changes cannot be written to this directory object. Try connecting to a Microsoft"
            + " Exchange Server computer in the same site as this object.";

    static byte[] build() {
        return new EvtWriter(0x1000).firstNumber(41)
                .add("EventLog", 6005, EvtWriter.INFORMATION, "")
                .add("MSExchangeIS", 1001, EvtWriter.INFORMATION)
                .add("MSExchangeMIGDS", 0xC000011BL, EvtWriter.ERROR, "BOB", REFUSED)
                .build(0x30, false);
    }

    @Test
    void theCommittedLogIsTheOneTheWriterMakes() throws IOException {
        if (Boolean.getBoolean("migkb.writeEvt")) {
            Files.write(LOG, build());
        }
        assertArrayEquals(build(), Files.readAllBytes(LOG));
    }

    @Test
    void the283KeepsTheObjectAndTheErrorAsInsertionStrings() throws IOException {
        List<EventRecord> events = Fixtures.factsOf(Fixtures.load(LOG), EventRecord.class);
        EventRecord refused = events.stream().filter(e -> e.eventId() == 283).findFirst().orElseThrow();
        assertEquals("MSEXCHANGEMIGDS", refused.sourceKey());
        assertEquals(List.of("BOB", REFUSED), refused.strings());
        assertEquals(3, events.size());
    }
}

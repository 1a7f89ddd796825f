package org.migkb.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The binary {@code .evt} logs committed in scenario case folders: each is exactly what
 * {@link EvtWriter} builds here, and reads back as the events it was built from. Run with
 * {@code -Dmigkb.writeEvtCases=true} to (re)write them after changing a log below.
 */
class ArticleEvtCasesTest {

    record EvtCase(String file, EvtWriter log, List<String> expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<EvtCase> cases() {
        return Stream.of(
                // Q152321: step two of a two-step migration logs 162 (and once 178) while updating existing accounts
                new EvtCase("rules/scenarios/q152321-step-two-existing-mailboxes/AppEvent.Evt",
                        new EvtWriter(4096).firstNumber(2201)
                                .add("EventLog", 6005, EvtWriter.INFORMATION)
                                .add("MSExchangeMig", 0xC00000A2L, EvtWriter.ERROR, "Home-Server")
                                .add("MSExchangeMig", 0xC00000A2L, EvtWriter.ERROR, "Home-Server")
                                .add("MSExchangeMig", 0xC00000B2L, EvtWriter.ERROR, "Home-Server"),
                        List.of("EventLog 6005 []", "MSExchangeMig 162 [Home-Server]", "MSExchangeMig 162 [Home-Server]",
                                "MSExchangeMig 178 [Home-Server]")),
                // Q164849: the wizard could not configure the System Attendant's temporary profile
                new EvtCase("rules/scenarios/q164849-system-attendant-profile/AppEvent.Evt",
                        new EvtWriter(4096).firstNumber(870)
                                .add("MSExchangeIS", 1001, EvtWriter.INFORMATION, "Started")
                                .add("MSExchangeMig", 0xC0000091L, EvtWriter.ERROR, "Microsoft System Attendant"),
                        List.of("MSExchangeIS 1001 [Started]", "MSExchangeMig 145 [Microsoft System Attendant]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void committedLogIsTheGeneratedOneAndReadsBack(EvtCase c) throws IOException {
        byte[] built = c.log().build(0x30, false);
        Path file = Path.of(c.file());
        if (Boolean.getBoolean("migkb.writeEvtCases")) {
            Files.write(file, built);
        }
        assertArrayEquals(built, Files.readAllBytes(file), "regenerate with -Dmigkb.writeEvtCases=true");
        List<String> read = Fixtures.factsOf(Fixtures.load(file), EventRecord.class).stream()
                .map(e -> e.source() + " " + e.eventId() + " " + e.strings()).toList();
        assertEquals(c.expected(), read);
    }
}

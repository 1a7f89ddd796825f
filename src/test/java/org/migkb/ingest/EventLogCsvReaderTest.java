package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migkb.ingest.Fixtures.INGEST;

class EventLogCsvReaderTest {

    @Test
    void exportWithHeaderLine() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-header.csv"));
        assertEquals("event-log-csv", data.inputs().get(0).format());
        List<EventRecord> events = Fixtures.factsOf(data, EventRecord.class);
        assertEquals(1, events.size());
        EventRecord e = events.get(0);
        assertEquals("MSExchangeMig", e.source());
        assertEquals("MSEXCHANGEMIG", e.sourceKey());
        assertEquals(7026, e.eventId());
        assertEquals("Error", e.type());
        assertEquals("EXSRV01", e.computer());
        assertEquals("11/20/1999 2:14:07 PM", e.time());
        assertEquals("Migration Aborted due to Mapi logon failure.", e.description());
        assertEquals(2, e.at().line());
        String file = INGEST.resolve("events-header.csv").toString();
        assertEquals(List.of(
                file + ":3: event ID 'seven' is not a number; skipped",
                file + ":4: 3 fields: too few for an event record; skipped"), Fixtures.warningsOf(data));
        assertEquals(3, data.inputs().get(0).records());
    }

    @Test
    void headerlessExportWithTypeFirstAndAnUnquotedComma() throws IOException {
        List<EventRecord> events = Fixtures.factsOf(Fixtures.load(INGEST.resolve("events-type-first.csv")), EventRecord.class);
        assertEquals(List.of(7026, 6005), events.stream().map(EventRecord::eventId).toList());
        assertEquals("MSExchangeMig", events.get(0).source());
        assertEquals("The Event log service was started, again.", events.get(1).description());
    }

    @Test
    void tabDelimitedTextWithAFullClassicEventId() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-tab.txt"));
        List<EventRecord> events = Fixtures.factsOf(data, EventRecord.class);
        assertEquals(List.of(7026, 7026), events.stream().map(EventRecord::eventId).toList(),
                "0xC0001B72 carries severity bits above the code 7026");
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }
}

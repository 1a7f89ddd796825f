package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migkb.ingest.Fixtures.INGEST;

/** Get-WinEvent and Get-EventLog output saved with Export-Csv or ConvertTo-Json. */
class PowerShellExportTest {

    private static List<EventRecord> events(String fixture, String format) throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve(fixture));
        assertEquals(format, data.inputs().get(0).format());
        assertEquals(List.of(), Fixtures.warningsOf(data));
        return Fixtures.factsOf(data, EventRecord.class);
    }

    @Test
    void getWinEventExportCsvWithTypeLine() throws IOException {
        List<EventRecord> events = events("events-getwinevent.csv", "event-log-csv");
        assertEquals(List.of(1001, 7026, 7017), events.stream().map(EventRecord::eventId).toList());
        EventRecord mig = events.get(1);
        assertEquals("MSExchangeMig", mig.source());
        assertEquals("Error", mig.type(), "LevelDisplayName wins over the numeric Level");
        assertEquals("11/20/1999 2:14:07 PM", mig.time());
        assertEquals(4, mig.at().line());
        assertEquals("Could not log onto the Message Store for Account: ALICE\r\nMore text on a second line.",
                events.get(2).description());
    }

    @Test
    void getEventLogExportCsvWithoutTypeLine() throws IOException {
        List<EventRecord> events = events("events-geteventlog.csv", "event-log-csv");
        assertEquals(List.of(7026, 6005), events.stream().map(EventRecord::eventId).toList());
        assertEquals("Error", events.get(0).type());
        assertEquals("MSExchangeMig", events.get(0).source());
    }

    @Test
    void getWinEventConvertToJsonArray() throws IOException {
        List<EventRecord> events = events("events-getwinevent.json", "event-log-json");
        assertEquals(List.of(1001, 7026), events.stream().map(EventRecord::eventId).toList());
        EventRecord mig = events.get(1);
        assertEquals("Error", mig.type());
        assertEquals("1999-11-20T14:14:07Z", mig.time(), "Windows PowerShell's /Date(ms)/ read as UTC");
        assertEquals("Migration Aborted due to Mapi logon failure.", mig.description());
        assertEquals(List.of("Started"), events.get(0).strings());
        assertEquals(22, mig.at().line(), "the line of the object's opening brace");
    }

    @Test
    void getEventLogConvertToJsonSingleObject() throws IOException {
        List<EventRecord> events = events("events-geteventlog.json", "event-log-json");
        assertEquals(1, events.size());
        EventRecord e = events.get(0);
        assertEquals(7017, e.eventId());
        assertEquals("Error", e.type(), "EntryType 1 is an error");
        assertEquals(List.of("ALICE"), e.strings());
        assertEquals("2019-11-20T14:15:00+01:00", e.time());
    }
}

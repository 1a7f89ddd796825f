package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

class EventXmlReaderTest {

    @Test
    void wevtutilFragmentOfBareEvents() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-wevtutil.xml"));
        assertEquals("event-log-xml", data.inputs().get(0).format());
        List<EventRecord> events = Fixtures.factsOf(data, EventRecord.class);
        assertEquals(List.of(1001, 7026, 7017, 4625), events.stream().map(EventRecord::eventId).toList());
        EventRecord mig = events.get(1);
        assertEquals("MSExchangeMig", mig.source());
        assertEquals("Error", mig.type());
        assertEquals("1999-11-20T14:14:07.000000000Z", mig.time());
        assertEquals("EXSRV01", mig.computer());
        assertEquals(INGEST.resolve("events-wevtutil.xml") + ":2", mig.at().cite());
        assertEquals(List.of("ALICE"), events.get(2).strings());
        assertEquals("Audit Failure", events.get(3).type(), "audit events are told by their keywords");
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }

    @Test
    void eventViewerDocumentInUtf16WithRenderedMessages() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-saved.xml"));
        assertEquals("UTF-16LE (BOM)", data.inputs().get(0).encoding());
        List<EventRecord> events = Fixtures.factsOf(data, EventRecord.class);
        assertEquals(2, events.size());
        assertEquals("Migration Aborted due to Mapi logon failure.", events.get(0).description());
        assertEquals("Error", events.get(0).type());
        assertTrue(events.get(0).at().line() > 2 && events.get(1).at().line() > events.get(0).at().line());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-xxe.xml"));
        String secret = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        assertTrue(Fixtures.factsOf(data, EventRecord.class).stream()
                .noneMatch(e -> !secret.isEmpty() && e.computer().contains(secret)));
        assertFalse(Fixtures.warningsOf(data).isEmpty(), "the undeclared entity is reported, not expanded");
    }

    @Test
    void cutFileKeepsTheEventsBeforeTheBreak() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("events-broken.xml"));
        assertEquals(List.of(1001, 7026), Fixtures.factsOf(data, EventRecord.class).stream().map(EventRecord::eventId).toList());
        List<String> warnings = Fixtures.warningsOf(data);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith(INGEST.resolve("events-broken.xml") + ":"), warnings.toString());
        assertTrue(warnings.get(0).contains("malformed XML"), warnings.toString());
    }

    @Test
    void binaryEvtxIsRecognisedAndExplained() throws IOException {
        CaseData data = Fixtures.load(Samples.require("python-evtx_system.evtx"));
        assertEquals("event-log-evtx", data.inputs().get(0).format());
        assertEquals(0, data.inputs().get(0).records());
        assertTrue(Fixtures.warningsOf(data).get(0).contains("wevtutil qe /lf:true"), Fixtures.warningsOf(data).toString());
    }
}

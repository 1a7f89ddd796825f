package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.EventRecord;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvtLogReaderTest {

    /** A small application log: two migration errors among noise. */
    private static EvtWriter migrationLog(int fileSize) {
        EvtWriter log = new EvtWriter(fileSize).firstNumber(101);
        for (int i = 0; i < 6; i++) {
            log.add("MSExchangeIS", 1001, EvtWriter.INFORMATION, "noise " + i);
        }
        log.add("MSExchangeMig", 0xC0001B72L, EvtWriter.ERROR);                  // 7026 with severity bits
        log.add("MSExchangeMig", 7017, EvtWriter.ERROR, "ALICE");
        for (int i = 6; i < 12; i++) {
            log.add("EventLog", 6005, EvtWriter.INFORMATION);
        }
        return log;
    }

    private static CaseData read(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return Fixtures.load(file);
    }

    private static List<Long> numbers(CaseData data) {
        return Fixtures.factsOf(data, EventRecord.class).stream().map(e -> e.at().record()).toList();
    }

    @Test
    void readsEveryFieldOfARecord(@TempDir Path dir) throws IOException {
        CaseData data = read(dir, "AppEvent.Evt", migrationLog(8192).build(0x30, false));
        assertEquals("event-log-evt", data.inputs().get(0).format());
        assertNull(data.inputs().get(0).encoding(), "binary: no text encoding");
        assertEquals(14, data.inputs().get(0).records());
        List<EventRecord> events = Fixtures.factsOf(data, EventRecord.class);
        EventRecord mig = events.get(6);
        assertEquals("MSExchangeMig", mig.source());
        assertEquals(7026, mig.eventId());
        assertEquals("Error", mig.type());
        assertEquals("EXSRV01", mig.computer());
        assertEquals(dir.resolve("AppEvent.Evt") + "#107", mig.at().cite());
        assertEquals("1999-11-20T14:15:54Z", mig.time());
        assertEquals(List.of("ALICE"), events.get(7).strings());
        assertEquals(7017, events.get(7).eventId());
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }

    @Test
    void followsRecordsAcrossTheEndOfTheFile(@TempDir Path dir) throws IOException {
        // Start near the end so that several records, and one split record, wrap after the header.
        CaseData data = read(dir, "wrapped.evt", migrationLog(4096).build(3000, false));
        assertEquals(LongStream.rangeClosed(101, 114).boxed().toList(), numbers(data));
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }

    @Test
    void dirtyLogWithAStaleHeaderStillYieldsEveryRecord(@TempDir Path dir) throws IOException {
        CaseData data = read(dir, "dirty.evt", migrationLog(4096).build(3000, true));
        assertEquals(LongStream.rangeClosed(101, 114).boxed().toList(), numbers(data));
        assertEquals(List.of(), Fixtures.warningsOf(data));
    }

    @Test
    void truncatedLogKeepsTheRecordsBeforeTheCutAndSaysWhere(@TempDir Path dir) throws IOException {
        byte[] whole = migrationLog(8192).build(0x30, false);
        byte[] cut = Arrays.copyOf(whole, 1200);
        CaseData data = read(dir, "cut.evt", cut);
        List<Long> read = numbers(data);
        assertTrue(read.size() >= 4 && read.get(0) == 101, read.toString());
        List<String> warnings = Fixtures.warningsOf(data);
        assertTrue(warnings.get(0).contains("1200 bytes where its header says 8192"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("runs past the end of the truncated file")), warnings.toString());
    }

    @Test
    void corruptRecordIsReportedByOffsetAndTheRestRecovered(@TempDir Path dir) throws IOException {
        byte[] bytes = migrationLog(8192).build(0x30, false);
        int third = 0x30;
        for (int i = 0; i < 2; i++) {
            third += ByteBuffer.wrap(bytes, third, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }
        bytes[third + 4] = 'X'; // break the third record's signature
        CaseData data = read(dir, "corrupt.evt", bytes);
        List<Long> read = numbers(data);
        assertEquals(13, read.size(), read.toString());
        assertTrue(!read.contains(103L) && read.contains(104L) && read.contains(114L));
        assertEquals(1, Fixtures.warningsOf(data).size());
        assertTrue(Fixtures.warningsOf(data).get(0).contains("byte offset " + third + ": no record signature"),
                Fixtures.warningsOf(data).toString());
    }

    @Test
    void garbageWithTheSignatureIsNotAnEventLogToCrashOn(@TempDir Path dir) throws IOException {
        byte[] garbage = new byte[300];
        ByteBuffer.wrap(garbage).order(ByteOrder.LITTLE_ENDIAN).putInt(0x30).putInt(0x654c664c);
        for (int i = 8; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        CaseData data = read(dir, "garbage.evt", garbage);
        assertEquals("event-log-evt", data.inputs().get(0).format());
        assertEquals(0, data.inputs().get(0).records());
        assertTrue(!Fixtures.warningsOf(data).isEmpty());
    }

    /**
     * The real, wrapped Windows XP System log from plaso's test data, whose header is stale (flags
     * DIRTY+WRAP+ARCHIVE). The expected count is established independently of the reader: this
     * test finds the end-of-file record by its signature in the raw bytes and takes its two record
     * numbers (next to be written, oldest kept); the log holds every number in between.
     */
    @Test
    void realWrappedDirtySampleYieldsEveryRecordTheLogHolds() throws IOException {
        Path sample = Samples.require("plaso_SysEvent.Evt");
        byte[] raw = Files.readAllBytes(sample);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long next = -1;
        long oldest = -1;
        for (int i = 0x30; i + 40 <= raw.length; i += 4) {
            if (b.getInt(i) == 0x28 && b.getInt(i + 4) == 0x11111111 && b.getInt(i + 8) == 0x22222222) {
                next = b.getInt(i + 28);
                oldest = b.getInt(i + 32);
            }
        }
        assertEquals(3, b.getInt(36) & 3, "the sample is DIRTY and WRAPped");
        assertTrue(b.getInt(24) != next, "and its header's next record number is stale");

        CaseData data = Fixtures.load(sample);
        assertEquals(LongStream.range(oldest, next).boxed().toList(), numbers(data));
        assertEquals(next - oldest, data.inputs().get(0).records());
        assertEquals(List.of(), Fixtures.warningsOf(data));
        EventRecord first = Fixtures.factsOf(data, EventRecord.class).get(0);
        assertTrue(!first.source().isEmpty() && !first.computer().isEmpty() && first.time().startsWith("20"), first.toString());
    }
}

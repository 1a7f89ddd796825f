package org.migkb.ingest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes binary {@code .evt} logs for tests, laid out as the Windows event log service lays
 * them out: header, records in a circular data area starting at a chosen offset (wrapping
 * across the end of the file), then the end-of-file record.
 */
public final class EvtWriter {

    public static final int ERROR = 1;
    public static final int INFORMATION = 4;

    private record Event(long number, long time, String source, String computer, long eventId, int type,
                         List<String> strings) {
    }

    private final int fileSize;
    private final List<Event> events = new ArrayList<>();
    private long nextNumber = 1;

    public EvtWriter(int fileSize) {
        this.fileSize = fileSize;
    }

    public EvtWriter firstNumber(long number) {
        nextNumber = number;
        return this;
    }

    public EvtWriter add(String source, long eventId, int type, String... strings) {
        events.add(new Event(nextNumber, 943_107_247L + nextNumber, source, "EXSRV01", eventId, type, List.of(strings)));
        nextNumber++;
        return this;
    }

    public static byte[] record(long number, long time, String source, String computer, long eventId, int type, List<String> strings) {
        byte[] src = (source + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] cmp = (computer + "\0").getBytes(StandardCharsets.UTF_16LE);
        int stringsOffset = 0x38 + src.length + cmp.length;
        stringsOffset += (4 - stringsOffset % 4) % 4;
        byte[] text = (String.join("\0", strings) + (strings.isEmpty() ? "" : "\0")).getBytes(StandardCharsets.UTF_16LE);
        int length = stringsOffset + text.length + 4;
        length += (4 - length % 4) % 4;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(length).putInt(0x654c664c).putInt((int) number).putInt((int) time).putInt((int) time)
                .putInt((int) eventId).putShort((short) type).putShort((short) strings.size()).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(stringsOffset).putInt(0).putInt(0).putInt(0).putInt(stringsOffset);
        b.position(0x38);
        b.put(src).put(cmp);
        b.position(stringsOffset);
        b.put(text);
        b.putInt(length - 4, length);
        return b.array();
    }

    /**
     * The log with its oldest record at {@code start}.
     *
     * @param dirty write flags DIRTY+WRAP and leave the header's offsets and numbers stale,
     *              as a log copied while the service had it open
     */
    public byte[] build(int start, boolean dirty) {
        byte[] file = new byte[fileSize];
        int offset = start;
        for (Event e : events) {
            offset = put(file, offset, record(e.number(), e.time(), e.source(), e.computer(), e.eventId(), e.type(), e.strings()));
        }
        long next = events.isEmpty() ? 1 : events.get(events.size() - 1).number() + 1;
        long oldest = events.isEmpty() ? 0 : events.get(0).number();
        ByteBuffer eof = ByteBuffer.allocate(0x28).order(ByteOrder.LITTLE_ENDIAN);
        eof.putInt(0x28).putInt(0x11111111).putInt(0x22222222).putInt(0x33333333).putInt(0x44444444)
                .putInt(start).putInt(offset).putInt((int) next).putInt((int) oldest).putInt(0x28);
        put(file, offset, eof.array());
        ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x30).putInt(0x654c664c).putInt(1).putInt(1)
                .putInt(dirty ? 0x30 : start).putInt(dirty ? 0x30 : offset)
                .putInt(dirty ? (int) oldest : (int) next).putInt(dirty ? 1 : (int) oldest)
                .putInt(fileSize).putInt(dirty ? 0x3 : 0).putInt(0).putInt(0x30);
        return file;
    }

    /** Copies bytes into the circular data area, wrapping after the end to the first byte after the header. */
    private int put(byte[] file, int offset, byte[] bytes) {
        for (byte b : bytes) {
            if (offset >= file.length) {
                offset = 0x30;
            }
            file[offset++] = b;
        }
        return offset >= file.length ? 0x30 : offset;
    }
}

package org.migkb.ingest;

import org.migkb.facts.EventRecord;
import org.migkb.facts.Provenance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binary Windows event logs ({@code .evt}, NT4 to Windows Server 2003), written by hand: no
 * maintained Java library reads them.
 *
 * <p>The file is a 48-byte header ({@code LfLe} signature) and a circular data area of
 * {@code EVENTLOGRECORD}s: when the log is full, new records overwrite the oldest and a record
 * may wrap across the end of the file to continue after the header. An end-of-file record
 * ({@code 0x28, 0x11111111, 0x22222222, 0x33333333, 0x44444444}) follows the newest record and
 * names where the oldest begins. A log that was not closed cleanly (flag DIRTY) can have a stale
 * header, so the reader trusts the end-of-file record, wherever it is, and follows the chain of
 * records from the oldest, checking each one's signature and its length at both ends. Where the
 * chain breaks it warns with the byte offset and searches for the next valid record.
 *
 * <p>Only insertion strings are stored, not message text; events are cited as
 * {@code file#record} with the log's own record number, as Event Viewer shows it.
 */
public final class EvtLogReader implements FormatReader {

    private static final int HEADER_SIZE = 0x30;
    private static final long SIGNATURE = 0x654c664cL;
    /** The fixed part of an EVENTLOGRECORD, before the source name. */
    private static final int FIXED_PART = 0x38;
    private static final int EOF_SIZE = 0x28;
    private static final long[] EOF_MARKS = {0x28, 0x11111111L, 0x22222222L, 0x33333333L, 0x44444444L};
    /** Filler some writers leave in the space at the end of the file too short for a record. */
    private static final long PADDING = 0x27;
    private static final int SCAN_CHUNK = 1 << 16;

    @Override
    public String format() {
        return "event-log-evt";
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public boolean recognises(Preview preview) {
        if (preview.length() < 8) {
            return false;
        }
        ByteBuffer head = ByteBuffer.wrap(preview.head(), 0, 8).order(ByteOrder.LITTLE_ENDIAN);
        return head.getInt() == HEADER_SIZE && (head.getInt() & 0xFFFFFFFFL) == SIGNATURE;
    }

    /** The end-of-file record: where the oldest record begins, and the record numbers. */
    private record EndOfFile(long offset, long begin, long end, long next, long oldest) {
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        try (SeekableByteChannel channel = source.openChannel()) {
            CircularLog log = new CircularLog(channel, HEADER_SIZE);
            if (log.size() < HEADER_SIZE + EOF_SIZE) {
                sink.warn(Provenance.ofFile(name), "only " + log.size() + " bytes: too short for an event log; not read");
                return;
            }
            ByteBuffer header = log.readPlain(0, HEADER_SIZE);
            long startOffset = header.getInt(16) & 0xFFFFFFFFL;
            long endOffset = header.getInt(20) & 0xFFFFFFFFL;
            long maxSize = header.getInt(32) & 0xFFFFFFFFL;
            boolean truncated = maxSize > log.size();
            if (truncated) {
                sink.warn(Provenance.ofFile(name), "the file has " + log.size() + " bytes where its header says "
                        + maxSize + ": it was truncated; records past the end are lost");
            }
            EndOfFile eof = endOfFile(log, endOffset);
            long begin;
            if (eof != null && eof.begin() >= HEADER_SIZE && eof.begin() < log.size()) {
                begin = eof.begin();
            } else {
                sink.warn(Provenance.ofFile(name), "no end-of-file record (the log was not closed cleanly, or is cut);"
                        + " reading from the header's start offset " + startOffset);
                begin = startOffset >= HEADER_SIZE && startOffset < log.size() ? startOffset : HEADER_SIZE;
            }
            walk(log, begin, eof, truncated, name, sink);
        }
    }

    private void walk(CircularLog log, long begin, EndOfFile eof, boolean truncated, String name, FactSink sink)
            throws IOException {
        long offset = begin;
        long walked = 0;
        long lastNumber = -1;
        while (walked < log.dataSize()) {
            if (isEndOfFile(log, offset)) {
                return;
            }
            long length = log.uint32(offset);
            if (length == PADDING && isPaddingToEnd(log, offset)) {
                walked += log.size() - offset;
                offset = HEADER_SIZE;
                continue;
            }
            if (truncated && offset + Math.max(length, 8) > log.size()) {
                sink.warn(Provenance.ofFile(name), "byte offset " + offset + ": the record runs past the end of the"
                        + " truncated file; reading stops");
                return;
            }
            String problem = recordProblem(log, offset, length);
            if (problem != null) {
                long next = resync(log, offset, log.dataSize() - walked, truncated);
                sink.warn(Provenance.ofFile(name), "byte offset " + offset + ": " + problem
                        + (next < 0 ? "; no further record found" : "; resuming at the next record, byte offset " + next));
                if (next < 0) {
                    return;
                }
                walked += distance(log, offset, next);
                offset = next;
                continue;
            }
            ByteBuffer record = log.read(offset, (int) length);
            long number = record.getInt(8) & 0xFFFFFFFFL;
            if (lastNumber >= 0 && number <= lastNumber && eof == null) {
                return; // past the newest record: what follows is overwritten older data
            }
            sink.record();
            try {
                EventRecord event = parse(record, (int) length, number, name, sink);
                if (event != null) {
                    sink.fact(event);
                }
            } catch (IllegalArgumentException e) {
                sink.warn(Provenance.ofRecord(name, number), "malformed record (" + e.getMessage() + "); skipped");
            }
            lastNumber = number;
            walked += length;
            offset = log.wrap(offset + length);
        }
    }

    /** Why no valid record starts at the offset, or null when one does. */
    private static String recordProblem(CircularLog log, long offset, long length) throws IOException {
        if (log.uint32(offset + 4) != SIGNATURE) {
            return "no record signature (LfLe)";
        }
        if (length < FIXED_PART || length > log.dataSize() || length % 4 != 0) {
            return "impossible record length " + length;
        }
        long trailing = log.uint32(offset + length - 4);
        if (trailing != length) {
            return "record length " + length + " at the start but " + trailing + " at the end";
        }
        return null;
    }

    private static boolean isEndOfFile(CircularLog log, long offset) throws IOException {
        ByteBuffer marks = log.read(offset, 20);
        for (long mark : EOF_MARKS) {
            if ((marks.getInt() & 0xFFFFFFFFL) != mark) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPaddingToEnd(CircularLog log, long offset) throws IOException {
        ByteBuffer rest = log.readPlain(offset, (int) (log.size() - offset));
        while (rest.hasRemaining()) {
            if (rest.get() != PADDING) {
                return false;
            }
        }
        return true;
    }

    /** The end-of-file record: at the header's end offset when that is current, else found by scanning. */
    private static EndOfFile endOfFile(CircularLog log, long endOffset) throws IOException {
        if (endOffset >= HEADER_SIZE && endOffset < log.size() && isEndOfFile(log, endOffset)) {
            return endOfFileAt(log, endOffset);
        }
        for (long chunk = HEADER_SIZE; chunk < log.size(); chunk += SCAN_CHUNK) {
            int length = (int) Math.min(SCAN_CHUNK + 16L, log.size() - chunk);
            ByteBuffer bytes = log.readPlain(chunk, length);
            for (int i = 0; i + 20 <= length && i < SCAN_CHUNK; i += 4) {
                if (bytes.getInt(i) == EOF_SIZE && bytes.getInt(i + 4) == 0x11111111 && bytes.getInt(i + 8) == 0x22222222
                        && bytes.getInt(i + 12) == 0x33333333 && bytes.getInt(i + 16) == 0x44444444) {
                    return endOfFileAt(log, chunk + i);
                }
            }
        }
        return null;
    }

    private static EndOfFile endOfFileAt(CircularLog log, long offset) throws IOException {
        ByteBuffer eof = log.read(offset, EOF_SIZE);
        return new EndOfFile(offset, eof.getInt(20) & 0xFFFFFFFFL, eof.getInt(24) & 0xFFFFFFFFL,
                eof.getInt(28) & 0xFFFFFFFFL, eof.getInt(32) & 0xFFFFFFFFL);
    }

    /** The next offset, at most {@code limit} bytes on, where a valid record or the end-of-file record starts; -1 if none. */
    private static long resync(CircularLog log, long from, long limit, boolean truncated) throws IOException {
        for (long step = 4; step < limit; step += 4) {
            long candidate = from + step;
            if (truncated && candidate + 8 > log.size()) {
                return -1;
            }
            candidate = log.wrap(candidate);
            if (isEndOfFile(log, candidate)) {
                return candidate;
            }
            long length = log.uint32(candidate);
            if (log.uint32(candidate + 4) == SIGNATURE && (!truncated || candidate + length <= log.size())
                    && recordProblem(log, candidate, length) == null) {
                return candidate;
            }
        }
        return -1;
    }

    private static long distance(CircularLog log, long from, long to) {
        return to >= from ? to - from : (log.size() - from) + (to - HEADER_SIZE);
    }

    /** The record as an event; null when no rule wants its source and code (nothing past the source is decoded). */
    private static EventRecord parse(ByteBuffer record, int length, long number, String name, FactSink sink) {
        int end = length - 4; // the repeated length closes the record
        long rawId = record.getInt(20) & 0xFFFFFFFFL;
        int type = record.getShort(24) & 0xFFFF;
        int stringCount = record.getShort(26) & 0xFFFF;
        int category = record.getShort(28) & 0xFFFF;
        long stringOffset = record.getInt(36) & 0xFFFFFFFFL;
        long sidLength = record.getInt(40) & 0xFFFFFFFFL;
        long sidOffset = record.getInt(44) & 0xFFFFFFFFL;
        long time = record.getInt(12) & 0xFFFFFFFFL;

        int[] cursor = {FIXED_PART};
        String source = utf16z(record, cursor, end, "source name");
        if (!sink.wantsEvent(source, (int) (rawId & 0xFFFF))) {
            return null;
        }
        String computer = utf16z(record, cursor, end, "computer name");
        if (stringOffset > end) {
            throw new IllegalArgumentException("insertion strings at " + stringOffset + ", past the record's end " + end);
        }
        cursor[0] = (int) stringOffset;
        List<String> strings = new ArrayList<>(stringCount);
        for (int i = 0; i < stringCount; i++) {
            strings.add(utf16z(record, cursor, end, "insertion string " + (i + 1)));
        }
        String user = sidLength > 0 && sidOffset + sidLength <= end ? sid(record, (int) sidOffset, (int) sidLength) : "";
        return new EventRecord(source, source.toUpperCase(Locale.ROOT), (int) (rawId & 0xFFFF), EventLevels.ofClassicType(type),
                category == 0 ? "None" : String.valueOf(category), Instant.ofEpochSecond(time).toString(), computer, user,
                String.join("\n", strings), strings, Provenance.ofRecord(name, number));
    }

    /** A NUL-terminated UTF-16LE string at the cursor, which moves past it. */
    private static String utf16z(ByteBuffer record, int[] cursor, int end, String what) {
        int start = cursor[0];
        for (int i = start; i + 1 < end; i += 2) {
            if (record.get(i) == 0 && record.get(i + 1) == 0) {
                cursor[0] = i + 2;
                return new String(record.array(), start, i - start, StandardCharsets.UTF_16LE);
            }
        }
        throw new IllegalArgumentException(what + " is not terminated within the record");
    }

    /** A security identifier in its usual text form, S-1-5-21-... */
    private static String sid(ByteBuffer record, int offset, int length) {
        if (length < 8) {
            return "";
        }
        int revision = record.get(offset) & 0xFF;
        int count = record.get(offset + 1) & 0xFF;
        if (8 + 4 * count > length) {
            return "";
        }
        long authority = 0;
        for (int i = 2; i < 8; i++) {
            authority = (authority << 8) | (record.get(offset + i) & 0xFF);
        }
        StringBuilder text = new StringBuilder("S-").append(revision).append('-').append(authority);
        for (int i = 0; i < count; i++) {
            text.append('-').append(record.getInt(offset + 8 + 4 * i) & 0xFFFFFFFFL);
        }
        return text.toString();
    }
}

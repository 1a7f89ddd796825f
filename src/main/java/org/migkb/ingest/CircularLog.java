package org.migkb.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * Random access to a circular log file: a fixed header, then a data area in which an offset
 * past the end of the file continues right after the header. Reads go through a window
 * buffer, so following a chain of records costs few system calls and never loads the file.
 */
final class CircularLog {

    private static final int WINDOW = 1 << 20;

    private final SeekableByteChannel channel;
    private final long size;
    private final long dataStart;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;

    CircularLog(SeekableByteChannel channel, long dataStart) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.dataStart = dataStart;
    }

    long size() {
        return size;
    }

    /** Bytes in the data area. */
    long dataSize() {
        return size - dataStart;
    }

    /** The offset in the file of {@code offset}, continuing after the header when past the end. */
    long wrap(long offset) {
        long data = dataSize();
        return offset < size ? offset : dataStart + (offset - dataStart) % data;
    }

    /** {@code length} bytes from {@code offset}, continuing after the header at the end of the file. */
    ByteBuffer read(long offset, int length) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long at = wrap(offset);
        while (out.hasRemaining()) {
            int take = (int) Math.min(out.remaining(), size - at);
            copy(at, take, out);
            at = wrap(at + take);
        }
        return out.flip();
    }

    /** A little-endian 32-bit value at the offset, unsigned. */
    long uint32(long offset) throws IOException {
        return read(offset, 4).getInt() & 0xFFFFFFFFL;
    }

    /** Reads straight from the file, no wrapping: {@code length} bytes must lie before the end. */
    ByteBuffer readPlain(long offset, int length) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        copy(offset, length, out);
        return out.flip();
    }

    private void copy(long at, int length, ByteBuffer out) throws IOException {
        int copied = 0;
        while (copied < length) {
            long position = at + copied;
            if (windowStart < 0 || position < windowStart || position >= windowStart + window.limit()) {
                fill(position);
            }
            int inWindow = (int) (position - windowStart);
            int take = Math.min(length - copied, window.limit() - inWindow);
            out.put(window.array(), inWindow, take);
            copied += take;
        }
    }

    private void fill(long position) throws IOException {
        window.clear();
        channel.position(position);
        while (window.hasRemaining()) {
            if (channel.read(window) < 0) {
                break;
            }
        }
        window.flip();
        if (window.limit() == 0) {
            throw new EOFException("byte offset " + position + " is past the end of the file");
        }
        windowStart = position;
    }
}

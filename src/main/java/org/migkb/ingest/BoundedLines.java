package org.migkb.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine} does (ended by LF, CR or CRLF), keeping
 * at most {@link InputLimits#CELL_CHARS} characters of each: a line of hundreds of megabytes is
 * measured, not held.
 */
final class BoundedLines {

    /**
     * One line.
     *
     * @param text   the line, or its first {@link InputLimits#CELL_CHARS} characters when longer
     * @param length how many characters the whole line has
     */
    record Line(String text, long length) {

        boolean isCut() {
            return length > text.length();
        }
    }

    private final Reader reader;
    private final int limit;
    /** Read ahead in blocks: a character at a time through a Reader costs a call and a lock each. */
    private final char[] buffer = new char[8192];
    private int position;
    private int end;

    BoundedLines(Reader reader) {
        this(reader, InputLimits.CELL_CHARS);
    }

    BoundedLines(Reader reader, int limit) {
        this.reader = reader;
        this.limit = limit;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (length++ < limit) {
                text.append((char) c);
            }
            c = read();
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return new Line(text.toString(), length);
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == end) {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            position = 0;
            end = n;
        }
        return buffer[position];
    }
}

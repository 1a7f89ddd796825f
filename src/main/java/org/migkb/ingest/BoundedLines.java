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
    private int pushedBack = -2;

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
        if (c == '\r') {
            int next = read();
            if (next != '\n' && next >= 0) {
                pushedBack = next;
            }
        }
        return new Line(text.toString(), length);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }
}

package org.migkb.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoundedLinesTest {

    private static List<BoundedLines.Line> lines(String text, int limit) throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader(text), limit);
        List<BoundedLines.Line> all = new ArrayList<>();
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    @Test
    void endsLinesAsReadLineDoes() throws IOException {
        assertEquals(List.of(new BoundedLines.Line("a", 1), new BoundedLines.Line("", 0), new BoundedLines.Line("b", 1),
                        new BoundedLines.Line("c", 1), new BoundedLines.Line("d", 1)),
                lines("a\r\n\nb\rc\nd", 10));
        assertEquals(List.of(), lines("", 10));
        assertEquals(List.of(new BoundedLines.Line("x", 1)), lines("x\r\n", 10), "no empty line after the last ending");
    }

    @Test
    void keepsTheStartOfALongLineAndItsLength() throws IOException {
        String longLine = "y".repeat(20_000); // past the read-ahead block
        List<BoundedLines.Line> read = lines("short\r\n" + longLine + "\r\nnext", 5);
        assertEquals(List.of(new BoundedLines.Line("short", 5), new BoundedLines.Line("yyyyy", 20_000),
                new BoundedLines.Line("next", 4)), read);
        assertEquals(true, read.get(1).isCut());
        assertEquals(false, read.get(0).isCut());
    }
}

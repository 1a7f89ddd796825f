package org.migkb.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.migkb.facts.Provenance;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a delimited text file with Jackson's CSV parser, each row with the line
 * it starts on (a quoted field may span lines, so row number and line number differ).
 */
final class CsvRows implements Closeable {

    /**
     * The streaming factory only: rows are read token by token, so databind is never needed.
     * Jackson's own bound on a value (20 million characters by default) would end the file at
     * the first longer cell; ours is higher, and a cell past {@link InputLimits#CELL_CHARS}
     * costs only its row. No recycled buffers: a buffer left larger by an earlier file moves
     * where a CR LF falls across buffer ends, and Jackson then counts a line more or less in an
     * error's location, so the same file was cited at different lines run to run (found by
     * fuzzing).
     */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(InputLimits.PARSED_CHARS).build())
            .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
            .build();

    /**
     * One row: the 1-based line it starts on and its fields as written (unquoted).
     *
     * @param tooLong why the row cannot be read, a cell being longer than {@link InputLimits#CELL_CHARS}
     *                (that cell is kept empty), or null
     */
    record Row(int line, List<String> fields, String tooLong) {

        Row(int line, List<String> fields) {
            this(line, fields, null);
        }

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).trim() : "";
        }

        boolean isBlank() {
            for (String field : fields) {
                if (!field.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The file is not well-formed CSV from {@code line} on (typically an unclosed quote). */
    static final class MalformedCsvException extends IOException {
        private final int line;

        MalformedCsvException(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Handles one non-blank row; returns false to stop reading the file. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(Row row);
    }

    private final CsvParser parser;
    private int depth;

    /**
     * Reads every non-blank row of a file. Malformed CSV (an unclosed quote) ends the file with
     * a warning at the line where the problem starts; the rows before it stand.
     */
    static void forEachRow(InputSource source, TextEncoding encoding, char separator, String name, FactSink sink,
                           RowHandler handler) throws IOException {
        try (CsvRows csv = open(encoding.openReader(source), separator)) {
            for (Row row = csv.next(); row != null; row = csv.next()) {
                if (row.tooLong() != null) {
                    sink.record(); // a row read, though not kept
                    sink.warn(Provenance.ofLine(name, row.line()), row.tooLong());
                } else if (!row.isBlank() && !handler.row(row)) {
                    return;
                }
            }
        } catch (MalformedCsvException e) {
            sink.warn(Provenance.ofLine(name, e.line()), "malformed CSV (" + Excerpt.message(e.getMessage()) + "); the rest of the file was not read");
        }
    }

    private CsvRows(CsvParser parser) {
        this.parser = parser;
    }

    private static CsvRows open(Reader reader, char separator) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
        CsvParser parser = FACTORY.createParser(reader);
        parser.setSchema(schema);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return new CsvRows(parser);
    }

    /**
     * The next row, or null at the end of the file. With {@code WRAP_AS_ARRAY} the parser
     * wraps the whole file in an outer array and each row in an inner one.
     */
    Row next() throws IOException {
        List<String> fields = null;
        String tooLong = null;
        long rowChars = 0;
        int line = parser.currentLocation().getLineNr();
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        fields = new ArrayList<>();
                        line = -1;
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- == 2) {
                        return new Row(line > 0 ? line : parser.currentLocation().getLineNr(), fields, tooLong);
                    }
                } else if (fields != null) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    int length = parser.getTextLength();
                    rowChars += length + 1; // with its separator: a row of a million empty cells is long too
                    if (tooLong == null && length > InputLimits.CELL_CHARS) {
                        tooLong = "cell " + (fields.size() + 1) + " holds " + length + " characters, more than the "
                                + InputLimits.CELL_CHARS + " a cell may have (-Dmigkb.maxCellChars); row skipped";
                    } else if (tooLong == null && rowChars > InputLimits.RECORD_CHARS) {
                        tooLong = "the row holds more than " + InputLimits.RECORD_CHARS
                                + " characters (-Dmigkb.maxRecordChars); row skipped";
                    }
                    if (tooLong == null) { // else the row is skipped: its text is not kept
                        String text = parser.getText();
                        fields.add(text == null ? "" : text);
                    }
                }
            }
            return null;
        } catch (StreamConstraintsException e) {
            int at = line > 0 ? line : parser.currentLocation().getLineNr();
            throw new MalformedCsvException(at, "a value longer than " + InputLimits.PARSED_CHARS
                    + " characters, more than migkb reads (-Dmigkb.maxParsedChars)", e);
        } catch (JsonParseException e) {
            int at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            throw new MalformedCsvException(at, e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

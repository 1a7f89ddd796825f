package org.migkb.ingest;

import com.fasterxml.jackson.core.JsonParseException;
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

    /** The streaming factory only: rows are read token by token, so databind is never needed. */
    /*
     * No recycled buffers: a buffer left larger by an earlier file moves where a CR LF falls
     * across buffer ends, and Jackson then counts a line more or less in an error's location,
     * so the same file was cited at different lines run to run (found by fuzzing).
     */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .recyclerPool(JsonRecyclerPools.nonRecyclingPool()).build();

    /** One row: the 1-based line it starts on and its fields as written (unquoted). */
    record Row(int line, List<String> fields) {

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
                if (!row.isBlank() && !handler.row(row)) {
                    return;
                }
            }
        } catch (MalformedCsvException e) {
            sink.warn(Provenance.ofLine(name, e.line()), "malformed CSV (" + e.getMessage() + "); the rest of the file was not read");
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
                        return new Row(line > 0 ? line : parser.currentLocation().getLineNr(), fields);
                    }
                } else if (fields != null) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String text = parser.getText();
                    fields.add(text == null ? "" : text);
                }
            }
            return null;
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

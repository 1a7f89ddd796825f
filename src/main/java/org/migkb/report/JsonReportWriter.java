package org.migkb.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report as JSON (docs/report.schema.json). Output is byte-for-byte deterministic:
 * fields in declaration order, lists already sorted, {@code \n} line ends on every platform,
 * absent values omitted.
 */
public final class JsonReportWriter {

    /** The one configured writer, shared by every JSON rendering. */
    static final ObjectWriter WRITER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new ActingCharacterEscapes());

    /** The report as JSON text, ending with a line end. */
    public String toJson(Report report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }

    public void write(Report report, Writer out) throws IOException {
        out.write(toJson(report));
        out.flush();
    }

    /**
     * JSON's own escapes, and <code>&#92;uXXXX</code> for every character {@link VisibleText} would escape
     * that JSON leaves raw (DEL, C1 controls, bidirectional controls, U+2028 and U+2029,
     * surrogates): the JSON is unchanged for a parser, but does not act on a terminal it is
     * printed to, and a surrogate without its pair survives UTF-8 instead of becoming {@code ?}.
     */
    private static final class ActingCharacterEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        ActingCharacterEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return VisibleText.acts((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}

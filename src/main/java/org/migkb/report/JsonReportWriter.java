package org.migkb.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import com.fasterxml.jackson.core.JsonProcessingException;

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
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

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
}

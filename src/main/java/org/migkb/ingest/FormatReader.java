package org.migkb.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * Reads one input format into facts. Implementations recognise their format by content
 * ({@link #recognises}), read streams record by record, and report bad records through
 * {@link FactSink#warn} instead of failing.
 */
public interface FormatReader {

    /** The format's name as reports show it, e.g. {@code wizard-user-list}. */
    String format();

    /** Whether the format is text, so that reports show the encoding used; false for binary formats. */
    default boolean isText() {
        return true;
    }

    /**
     * Encodings this file declares for other files of the case, by file name (case-insensitive),
     * as a migration packing list names the code page of the files it lists. Asked before any
     * file is read; empty for most formats.
     */
    default Map<String, Charset> encodingsDeclared(Preview preview) {
        return Map.of();
    }

    /** Whether the file whose start is {@code preview} is in this reader's format. */
    boolean recognises(Preview preview);

    /**
     * Reads the whole file, citing it as {@code source.name()}.
     *
     * @throws IOException only when the file cannot be read at all; bad content is a warning
     */
    void read(InputSource source, Preview preview, FactSink sink) throws IOException;
}

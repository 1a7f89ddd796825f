package org.migkb.fuzz;

import org.migkb.ingest.CaseData;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.FormatReader;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fuzzed input written as a file and read through {@link CaseLoader} as production reads it,
 * then held to the properties every reader promises: no exception escapes (the loader turns a
 * reader's runtime exception into an "internal error" warning, so that warning fails too), every
 * problem is a warning that names the file and where in it, the same bytes give the same facts,
 * and what is kept grows at most linearly with the input.
 */
public final class FuzzedCase {

    /** Facts plus warnings allowed per input byte (plus a constant): linear, never more. */
    static final int ITEMS_PER_BYTE = 2;
    /** Warning text allowed per input byte (plus a constant): a reader may quote a line, not echo the file per line. */
    static final int WARNING_CHARS_PER_BYTE = 8;
    private static final int SLACK = 64;
    private static final String READER_THREW = "reading stopped by an internal error";
    private static final int SLACK_CHARS = 16 * 1024;

    private FuzzedCase() {
    }

    /** A folder for one fuzz test's inputs, removed when the JVM ends. */
    public static Path folder(String name) {
        try {
            Path folder = Files.createTempDirectory("migkb-fuzz-" + name);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the bytes to {@code file} (replacing the last input) and checks the reading of it. */
    public static CaseData check(CaseLoader loader, Path file, byte[] input) {
        write(file, input);
        return check(loader, file, input.length);
    }

    /** Reads the file of {@code length} bytes twice and checks the reading of it. */
    public static CaseData check(CaseLoader loader, Path file, long length) {
        CaseData first = load(loader, file);
        CaseData second = load(loader, file);
        assertEquals(first.facts(), second.facts(), "the same bytes gave different facts");
        assertEquals(first.inputs(), second.inputs(), "the same bytes gave different summaries");
        holds(first, file.toString(), length);
        return first;
    }

    /**
     * As {@link #check(CaseLoader, Path, byte[])} for an archive: warnings may be located at a
     * member ({@code file!/member:12}), and what is kept may grow with what the archive's limits
     * let it expand to rather than with its compressed bytes.
     */
    public static CaseData checkArchive(CaseLoader loader, Path file, byte[] input, long expandsTo) {
        write(file, input);
        CaseData first = load(loader, file);
        CaseData second = load(loader, file);
        assertEquals(first.facts(), second.facts(), "the same bytes gave different facts");
        assertEquals(first.inputs(), second.inputs(), "the same bytes gave different summaries");
        holdsAt(first, Pattern.quote(file.toString()) + "(!/.*?)?", expandsTo);
        return first;
    }

    /** A loader with only the given readers, so the fuzzer's effort stays on one format. */
    public static CaseLoader only(FormatReader reader) {
        return new CaseLoader(List.of(reader));
    }

    /** Checks warnings and size of what was read from the named file of {@code length} bytes. */
    public static void holds(CaseData data, String name, long length) {
        holdsAt(data, Pattern.quote(name), length);
    }

    /** As {@link #holds(CaseData, String, long)}, for warnings located at any file {@code names} matches. */
    private static void holdsAt(CaseData data, String names, long length) {
        long warnings = 0;
        long warningChars = 0;
        Pattern located = Pattern.compile("(" + names + ")([:#][1-9][0-9]*)?");
        for (InputSummary input : data.inputs()) {
            for (InputWarning warning : input.warnings()) {
                java.util.regex.Matcher place = located.matcher(warning.at());
                assertTrue(place.matches(),
                        "warning not located in " + names + ": " + warning.at() + " " + warning.message());
                // The loader's own wording for a reader that threw (the fuzzer can copy the words into a cell, not the place).
                assertFalse(place.group(place.groupCount()) == null && warning.message().startsWith(READER_THREW),
                        "a reader threw: " + warning.at() + " " + warning.message());
                warnings++;
                warningChars += warning.message().length();
            }
        }
        long items = data.facts().size() + warnings;
        assertTrue(items <= ITEMS_PER_BYTE * length + SLACK,
                items + " facts and warnings from " + length + " bytes");
        assertTrue(warningChars <= WARNING_CHARS_PER_BYTE * length + SLACK_CHARS,
                warningChars + " characters of warnings from " + length + " bytes");
    }

    private static CaseData load(CaseLoader loader, Path file) {
        try {
            return loader.load(List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("a written file could not be loaded", e);
        }
    }

    private static void write(Path file, byte[] input) {
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

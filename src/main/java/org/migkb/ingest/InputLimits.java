package org.migkb.ingest;

/**
 * The bounds migkb puts on what one input may cost, so that one bad cell costs one row and one
 * bad file a bounded list of warnings (docs/formats.md, "Limits"). Each can be changed with the
 * Java system property named beside it ({@code -Dmigkb.maxCellChars=...}, or through
 * {@code MIGKB_JAVA_OPTS} for the launcher); a value that is not a positive number is ignored.
 */
public final class InputLimits {

    /** Warnings listed per file; those past it are counted in one summary warning. */
    public static final int WARNINGS_PER_FILE = positive("migkb.maxWarningsPerFile", 100);

    /** Warnings listed about the pieces of one cell (one row's address list); the rest are counted. */
    public static final int WARNINGS_PER_CELL = positive("migkb.maxWarningsPerCell", 10);

    /**
     * Values read from one multi-valued cell (an address list): an object's own addresses are a
     * few dozen at most, so the values past it are junk, counted in one warning and not split.
     */
    public static final int VALUES_PER_CELL = positive("migkb.maxValuesPerCell", 1000);

    /** Characters in one CSV cell, or one line of an answers file: a longer one costs its row or line. */
    public static final int CELL_CHARS = positive("migkb.maxCellChars", 1024 * 1024);

    /**
     * Characters in one CSV row or one LDIF entry, all its cells or lines together: a longer one
     * is skipped with a warning at its line.
     */
    public static final int RECORD_CHARS = Math.max(CELL_CHARS, positive("migkb.maxRecordChars", 4 * 1024 * 1024));

    /**
     * Characters the CSV parser reads into one value at all. A cell between {@link #CELL_CHARS}
     * and this costs its row; past this the parser cannot go on, and the rest of the file is not read.
     */
    public static final int PARSED_CHARS = Math.max(CELL_CHARS, positive("migkb.maxParsedChars", 64 * 1024 * 1024));

    /**
     * Characters in a Directory Name (common name) or alias. The Exchange 5.5 directory holds
     * far shorter ones (an assumption: the KB articles here state no figure), so a longer one is
     * not a real object's name and its row is skipped.
     */
    public static final int NAME_CHARS = positive("migkb.maxNameChars", 256);

    /** Characters of a bad value quoted in a warning ({@link Excerpt}). */
    public static final int EXCERPT_CHARS = 60;

    /** Characters of a parser's message quoted in a warning ({@link Excerpt#message}). */
    public static final int MESSAGE_CHARS = 300;

    /** Members read from one case archive (nested archives' members included); the rest are counted in one warning. */
    public static final int ARCHIVE_MEMBERS = positive("migkb.maxArchiveMembers", 10_000);

    /** Uncompressed bytes read from one case archive, nested archives included. */
    public static final long ARCHIVE_BYTES = positiveLong("migkb.maxArchiveBytes", 4L << 30);

    /** Uncompressed bytes of one archive member: a larger member is skipped with a warning. */
    public static final long ARCHIVE_MEMBER_BYTES = positiveLong("migkb.maxArchiveMemberBytes", 1L << 30);

    /**
     * How many times its compressed size a member of more than 1 MiB may expand: a zip bomb
     * expands about a thousand times, real logs and exports ten to fifty.
     */
    public static final int ARCHIVE_RATIO = positive("migkb.maxArchiveRatio", 100);

    private InputLimits() {
    }

    private static long positiveLong(String property, long fallback) {
        try {
            long value = Long.parseLong(System.getProperty(property, "").trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int positive(String property, int fallback) {
        try {
            int value = Integer.parseInt(System.getProperty(property, "").trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

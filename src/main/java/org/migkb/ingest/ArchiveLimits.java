package org.migkb.ingest;

/**
 * What one case archive may cost (docs/formats.md, "Archives"), so that a zip bomb or an archive
 * of a million members gets a warning instead of filling the disk or the heap.
 *
 * @param members     members read, nested archives' members included; the rest are counted in a warning
 * @param totalBytes  uncompressed bytes of all members read, nested archives included
 * @param memberBytes uncompressed bytes of one member; a larger one is skipped
 * @param ratio       how many times its compressed size a member larger than {@link #RATIO_FLOOR} may expand
 */
public record ArchiveLimits(int members, long totalBytes, long memberBytes, int ratio) {

    /** Members up to this size are never taken for bombs, whatever their ratio: a small file of one repeated byte is harmless. */
    public static final long RATIO_FLOOR = 1L << 20;

    /** The limits of {@link InputLimits}, from the {@code migkb.maxArchive*} system properties or their defaults. */
    public static ArchiveLimits standard() {
        return new ArchiveLimits(InputLimits.ARCHIVE_MEMBERS, InputLimits.ARCHIVE_BYTES,
                InputLimits.ARCHIVE_MEMBER_BYTES, InputLimits.ARCHIVE_RATIO);
    }

    /** Whether {@code bytes} expanded from {@code compressed} is more than the ratio allows. */
    boolean tooExpanded(long bytes, long compressed) {
        return bytes > RATIO_FLOOR && bytes / Math.max(1, compressed) >= ratio;
    }
}

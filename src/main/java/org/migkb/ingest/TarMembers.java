package org.migkb.ingest;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The members of a gzip-compressed tar archive. A tar can only be read front to back, so each
 * member to read is copied to the scratch folder as it passes. The whole stream is watched as it
 * expands: past the ratio or the total the archive may have, reading stops with a warning at the
 * member being read.
 */
final class TarMembers {

    private TarMembers() {
    }

    static void read(CaseArchives archives, Path file, CaseArchives.Listing listing) throws IOException {
        ArchiveLimits limits = archives.limits();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             GzipCompressorInputStream gz = GzipCompressorInputStream.builder().setInputStream(raw)
                     .setDecompressConcatenated(true).get();
             BoundedStream expanded = expansion(gz, limits);
             TarArchiveInputStream tar = new TarArchiveInputStream(expanded, StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile() && CaseArchives.isManifest(entry.getName())) {
                    archives.manifest(listing, entry.getName(), tar);
                    continue;
                }
                String cite = archives.admit(listing, entry.getName(), kind(entry), false, null, entry.getSize(), -1);
                if (cite == null) {
                    continue;
                }
                Path copy;
                try {
                    // A tar member cannot hold more than its header declares; the limits that can stop this are the archive's.
                    copy = archives.scratch().copy(tar, limits.memberBytes(), "more than " + limits.memberBytes() + " bytes");
                } catch (ArchiveLimitException e) {
                    listing.skip(cite, e.getMessage());
                    return;
                }
                archives.member(listing, cite, copy, InputSource.of(copy, cite), entry.getSize());
            }
        }
    }

    private static CaseArchives.EntryKind kind(TarArchiveEntry entry) {
        if (entry.isDirectory()) {
            return CaseArchives.EntryKind.FOLDER;
        }
        if (entry.isSymbolicLink()) {
            return CaseArchives.EntryKind.SYMLINK;
        }
        if (entry.isLink()) {
            return CaseArchives.EntryKind.HARDLINK;
        }
        return entry.isFile() ? CaseArchives.EntryKind.FILE : CaseArchives.EntryKind.OTHER;
    }

    /** The decompressed stream, failing once it expands past the archive's total or ratio. */
    private static BoundedStream expansion(GzipCompressorInputStream gz, ArchiveLimits limits) {
        return new BoundedStream(gz, expanded -> {
            if (limits.tooExpanded(expanded, gz.getCompressedCount())) {
                throw new ArchiveLimitException("the archive expands more than " + limits.ratio()
                        + " times its compressed size here (a gzip bomb?); the rest of the archive is not read"
                        + " (-Dmigkb.maxArchiveRatio changes the limit)");
            }
            if (expanded > limits.totalBytes() + 1024 * 1024) {
                throw new ArchiveLimitException("the archive expands past " + limits.totalBytes()
                        + " bytes here; the rest of the archive is not read (-Dmigkb.maxArchiveBytes changes it)");
            }
        });
    }
}

package org.migkb.ingest;

import org.migkb.facts.Provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One input of the case as the loader reads it: a file on disk, a member of an archive, or an
 * entry already reported (skipped, with its warnings).
 *
 * @param name     how reports cite it ({@code case.zip!/logs/app.evt} for a member)
 * @param path     the file on disk when it is one (a file of the case, an extracted member), else null
 * @param source   how to read it; null for an entry already reported
 * @param size     its size in bytes, to read the largest first
 * @param folder   the folder it is in, as packing lists' sibling file names resolve against
 * @param reported the summary of an entry not read, else null
 */
record CaseMember(String name, Path path, InputSource source, long size, String folder, InputSummary reported) {

    /** A file on disk, cited as {@code name}. */
    static CaseMember onDisk(Path path, String name) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = 0; // reported when the file is read
        }
        Path parent = path.toAbsolutePath().getParent();
        return new CaseMember(name, path, InputSource.of(path, name), size,
                parent == null ? "" : parent.toString().replace('\\', '/'), null);
    }

    /** A member of an archive, read through {@code source}. */
    static CaseMember inArchive(String name, Path path, InputSource source, long size) {
        return new CaseMember(name, path, source, size, name.substring(0, Math.max(0, name.lastIndexOf('/'))), null);
    }

    /** An entry not read, with the warnings saying why. */
    static CaseMember notRead(String name, String format, String... warnings) {
        List<InputWarning> listed = java.util.Arrays.stream(warnings)
                .map(w -> new InputWarning(Provenance.ofFile(name).cite(), w)).toList();
        return new CaseMember(name, null, null, 0, "", new InputSummary(name, format, null, 0, 0, listed));
    }

    /** An entry already reported by its summary (an archive, whose members follow it). */
    static CaseMember reported(InputSummary summary) {
        return new CaseMember(summary.path(), null, null, 0, "", summary);
    }

    boolean toRead() {
        return reported == null;
    }
}

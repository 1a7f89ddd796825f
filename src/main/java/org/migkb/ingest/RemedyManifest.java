package org.migkb.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of remedy files migkb wrote into a folder ({@code diagnose --remedy-dir}), kept in a
 * hidden file beside them. The import files themselves can carry no marker: the directory import
 * rejects a column it does not know (Q155414) and documents no comment line (Q146304). A case
 * that includes the folder skips the files named here, so migkb never reads its own output as
 * evidence about the directory.
 */
public final class RemedyManifest {

    /** The manifest's name; hidden, so a case that includes the folder never reads it either. */
    public static final String FILE_NAME = ".migkb-remedy";

    private static final String HEADER = """
            # Written by migkb diagnose --remedy-dir. The files named below are remedy files, not
            # evidence: migkb skips them when it reads this folder as part of a case.
            """;

    private RemedyManifest() {
    }

    /** Whether the manifest in the file's folder names it. */
    public static boolean lists(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && listed(folder).contains(file.getFileName().toString());
    }

    /** Adds names to the folder's manifest, keeping the names of earlier files still there. */
    public static void record(Path folder, List<String> names) throws IOException {
        Set<String> all = new TreeSet<>();
        for (String earlier : listed(folder)) {
            if (Files.exists(folder.resolve(earlier))) {
                all.add(earlier);
            }
        }
        all.addAll(names);
        StringBuilder text = new StringBuilder(HEADER);
        all.forEach(name -> text.append(name).append('\n'));
        Files.writeString(folder.resolve(FILE_NAME), text.toString().replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    private static Set<String> listed(Path folder) {
        Path manifest = folder.resolve(FILE_NAME);
        Set<String> names = new TreeSet<>();
        if (!Files.isRegularFile(manifest)) {
            return names;
        }
        try {
            return names(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return names; // an unreadable manifest names nothing: the files are read as any other
        }
    }

    /** The file names a manifest's text lists. */
    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> names.add(line.strip()));
        return names;
    }
}

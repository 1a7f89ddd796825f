package org.migkb.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Conventions shared by the Migration Wizard's migration files (packing list, primary, secondary). */
final class MigrationFiles {

    /** Lines starting with this are comments. */
    static final String COMMENT = "!";

    private MigrationFiles() {
    }

    static boolean isComment(String line) {
        return line.stripLeading().startsWith(COMMENT);
    }

    /** The lines that are neither blank nor comments. */
    static List<String> contentLines(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !isComment(l)).map(String::strip).toList();
    }

    /** A code page number as a charset: 1252 is windows-1252, 850 is IBM850, 932 is windows-31j... */
    static Optional<Charset> codePage(String number) {
        for (String name : List.of("windows-" + number, "IBM" + number, "x-IBM" + number, "cp" + number, "x-windows-" + number)) {
            try {
                if (Charset.isSupported(name)) {
                    return Optional.of(Charset.forName(name));
                }
            } catch (IllegalArgumentException ignored) {
                // not a charset name this JDK knows: try the next spelling
            }
        }
        return number.equals("932") ? Optional.of(Charset.forName("windows-31j")) : Optional.empty();
    }

    static String key(String fileName) {
        return fileName.strip().toUpperCase(Locale.ROOT);
    }
}

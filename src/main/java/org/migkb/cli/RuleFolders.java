package org.migkb.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rule folders a command uses: those named in {@code MIGKB_RULES}, then those given with {@code --rules}. */
final class RuleFolders {

    static final String ENVIRONMENT = "MIGKB_RULES";

    private RuleFolders() {
    }

    static List<Path> named(List<Path> options) {
        List<Path> folders = new ArrayList<>();
        String environment = System.getenv(ENVIRONMENT);
        if (environment != null) {
            for (String entry : environment.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    folders.add(Path.of(entry.strip()));
                }
            }
        }
        folders.addAll(options);
        return folders;
    }
}

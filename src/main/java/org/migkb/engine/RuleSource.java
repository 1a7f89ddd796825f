package org.migkb.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A DRL file's name and text.
 *
 * @param name how errors name the file (the path as given)
 */
public record RuleSource(String name, String text) {

    /** The file name without its folder. */
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Every {@code *.drl} directly in a folder, in name order. */
    public static List<RuleSource> fromFolder(Path folder) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                sources.add(new RuleSource(file.toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }
}

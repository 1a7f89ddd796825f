package org.migkb.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule author's folder: DRL files and article files, at its top or in {@code rules/} and
 * {@code kb-articles/} (the repository's own layout), and scenarios in {@code scenarios/}
 * (each {@code NAME.expect.yaml} beside its case). Nothing in it is Java.
 */
public record RuleFolder(Path root, List<RuleSource> rules, List<Path> articleFiles, List<Path> scenarioFiles) {

    public static final String EXPECTATION_SUFFIX = ".expect.yaml";

    public static RuleFolder open(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a folder");
        }
        List<RuleSource> rules = new ArrayList<>();
        for (Path folder : List.of(root, root.resolve("rules"))) {
            if (Files.isDirectory(folder)) {
                rules.addAll(RuleSource.fromFolder(folder));
            }
        }
        List<Path> articles = new ArrayList<>();
        for (Path folder : List.of(root, root.resolve("kb-articles"))) {
            articles.addAll(filesEndingWith(folder, ".yaml").stream()
                    .filter(f -> !f.getFileName().toString().endsWith(EXPECTATION_SUFFIX)).toList());
        }
        return new RuleFolder(root, rules, articles, scenarioFiles(root.resolve("scenarios")));
    }

    /** The expectation files in a scenario folder, in name order. */
    public static List<Path> scenarioFiles(Path folder) throws IOException {
        return filesEndingWith(folder, EXPECTATION_SUFFIX);
    }

    private static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

package org.migkb.cli;

import org.migkb.engine.RuleBase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built-in rules as a folder on disk: the checkout's (or distribution's) {@code rules/},
 * whose DRL files are the ones packaged in the jar, and its {@code scenarios/}.
 */
final class BuiltInRules {

    private BuiltInRules() {
    }

    /**
     * Whether a rule folder holds the built-in rules themselves: every DRL file in it (or in its
     * {@code rules/}) is byte for byte the packaged rule of the same name. Loading it beside the
     * built-in rules would report every rule as a duplicate of itself.
     */
    static boolean isBuiltIn(Path folder) {
        List<Path> drl = new ArrayList<>();
        for (Path dir : List.of(folder, folder.resolve("rules"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".drl")).forEach(drl::add);
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return !drl.isEmpty() && drl.stream().allMatch(BuiltInRules::packaged);
    }

    private static boolean packaged(Path drl) {
        try (InputStream in = BuiltInRules.class.getClassLoader()
                .getResourceAsStream(RuleBase.RULES_FOLDER + drl.getFileName())) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(drl));
        } catch (IOException e) {
            return false;
        }
    }

    /** The scenarios of a built-in rule folder: its {@code scenarios/}, or {@code rules/scenarios/} under a checkout. */
    static Path scenariosOf(Path folder) {
        Path own = folder.resolve("scenarios");
        return Files.isDirectory(own) ? own : folder.resolve("rules").resolve("scenarios");
    }

    /**
     * The built-in scenarios: {@code rules/scenarios} beside the running jar (or classes) or up
     * to two folders above it, else under the working folder; null when none is found.
     */
    static Path scenarios() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path code = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.getParent(); p != null && candidates.size() < 3; p = p.getParent()) {
                candidates.add(p.resolve("rules"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // run from somewhere without a file location: the working folder may still hold them
        }
        candidates.add(Path.of("rules"));
        for (Path rules : candidates) {
            if (Files.isDirectory(rules.resolve("scenarios")) && isBuiltIn(rules)) {
                return rules.resolve("scenarios");
            }
        }
        return null;
    }
}

package org.migkb.fuzz;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkb.ingest.CaseLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fuzz targets' properties held over every real-format file the project has, read whole
 * by every built-in reader as a case would be: the fixtures, the examples, and the public event
 * logs in the workplace's {@code shared/samples} folder (skipped, saying so, where it is absent).
 * The fuzz seeds are small copies of some of these; this covers the rest, including the large samples.
 */
class FixtureSweepTest {

    private static final CaseLoader LOADER = CaseLoader.withBuiltInReaders();

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/cases", "src/test/resources/ingest", "examples", "../shared/samples"})
    void everyFileHoldsTheFuzzProperties(String folder) throws IOException {
        Path root = Path.of(folder);
        Assumptions.assumeTrue(Files.isDirectory(root), root + " is not beside the checkout");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no files under " + root);
        for (Path file : files) {
            FuzzedCase.check(LOADER, file, Files.size(file));
        }
    }
}

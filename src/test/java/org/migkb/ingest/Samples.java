package org.migkb.ingest;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real event logs from public projects, kept in the workplace's {@code shared/samples} folder
 * beside the checkout (CI has it there). A test that needs one is skipped, with the reason,
 * where the folder is absent.
 */
final class Samples {

    private static final Path FOLDER = Path.of("../shared/samples");

    private Samples() {
    }

    static Path require(String name) {
        Path sample = FOLDER.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(sample), "sample " + sample + " is not beside the checkout");
        return sample;
    }
}

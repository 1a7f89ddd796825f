package org.migkb.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads test fixtures with the built-in readers, as a case would. */
final class Fixtures {

    static final Path INGEST = Path.of("src/test/resources/ingest");

    private Fixtures() {
    }

    static CaseData load(Path... files) throws IOException {
        return CaseLoader.withBuiltInReaders().load(List.of(files));
    }

    static <T> List<T> factsOf(CaseData data, Class<T> type) {
        return data.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> warningsOf(CaseData data) {
        return data.inputs().stream().flatMap(i -> i.warnings().stream()).map(w -> w.at() + ": " + w.message()).toList();
    }
}

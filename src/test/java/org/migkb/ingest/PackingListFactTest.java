package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.PackingList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migkb.ingest.Fixtures.INGEST;

/** A packing list's code page reaches the rules as a {@link PackingList} fact, cited at its line. */
class PackingListFactTest {

    @Test
    void theCodePageLineBecomesAFact() throws IOException {
        Path pkl = INGEST.resolve("migration/MIGRATE.PKL");
        List<PackingList> lists = Fixtures.factsOf(Fixtures.load(pkl), PackingList.class);
        assertEquals(1, lists.size());
        assertEquals(850, lists.get(0).codePage());
        assertEquals(pkl + ":2", lists.get(0).at().cite(), "after the comment line");
    }

    @Test
    void aCodePageThisRuntimeDoesNotKnowIsStillStated(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("SET.PKL"), "99999\r\nA.PRI\r\n");
        List<PackingList> lists = Fixtures.factsOf(Fixtures.load(dir), PackingList.class);
        assertEquals(List.of(99999), lists.stream().map(PackingList::codePage).toList());
    }
}

package org.migkb.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCacheTest {

    private static final RuleSource RULE = new RuleSource("mine/a.drl", """
            package mine;
            import org.migkb.facts.EventRecord;
            rule "mine: helper" @combiner
            when
                EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7044 )
            then
            end
            """);

    @Test
    void secondCompileComesFromTheCache(@TempDir Path dir) throws Exception {
        RuleCache cache = new RuleCache(dir);
        int[] compiles = {0};
        RuleCache.Compilation compile = () -> {
            compiles[0]++;
            return new RuleCompiler().compile(List.of(RULE));
        };
        RuleCache.Compiled first = cache.compile(List.of(RULE), List.of("article"), compile);
        RuleCache.Compiled second = cache.compile(List.of(RULE), List.of("article"), compile);
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals(1, compiles[0]);
        assertEquals(1, second.models().size());
        assertEquals(List.of(new RuleInfo("mine: helper", "", "", "mine/a.drl", 3)), second.index());
        assertEquals("MSEXCHANGEMIG 7044\n", second.interest().serialise());
        assertTrue(second.addressInterest().serialise().isBlank(), "a rule on no address wants none");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".jar")).count(), "one jar, no partial files");
        }
    }

    @Test
    void anyChangeToRulesOrArticlesIsANewKey() {
        String key = RuleCache.key(List.of(RULE), List.of("article"));
        assertEquals(key, RuleCache.key(List.of(RULE), List.of("article")));
        assertNotEquals(key, RuleCache.key(List.of(new RuleSource("mine/a.drl", RULE.text() + " ")), List.of("article")));
        assertNotEquals(key, RuleCache.key(List.of(RULE), List.of("article changed")));
        assertEquals(key, RuleCache.key(List.of(new RuleSource("elsewhere/a.drl", RULE.text())), List.of("article")),
                "the folder does not matter, the content does");
    }

    @Test
    void failedCompilationLeavesNothingInTheCache(@TempDir Path dir) throws IOException {
        RuleSource broken = new RuleSource("b.drl", "package b;\nrule \"x\" @combiner\nwhen\n  Nothing( a == 1 )\nthen\nend\n");
        try {
            new RuleCache(dir).compile(List.of(broken), List.of(), () -> new RuleCompiler().compile(List.of(broken)));
        } catch (RuleCompileException expected) {
            assertFalse(expected.problems().isEmpty());
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}

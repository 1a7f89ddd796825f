package org.migkb.api;

import org.migkb.engine.HeldRuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.engine.EngineLimits;
import org.migkb.engine.RuleRunException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API reports a run past its limits as the CLI and the service do: a RuleRunException naming the rule. */
class RuleLimitsApiTest {

    private static final Path CASE = Path.of("examples/lone-7026");
    private static final EngineLimits ONE_SECOND = new EngineLimits(100_000_000, Duration.ofSeconds(1));

    @Test
    void aLoopOfFiringsIsHaltedAtTheDeadlineAndNothingIsLeftRunning(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("loop.drl"), """
                package limits;
                import org.migkb.facts.EventRecord;

                rule "fire for ever" @combiner
                when
                    $e : EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7026 )
                then
                    delete($e);
                    insert($e);
                end
                """);
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(folder)).withLimits(ONE_SECOND);
        RuleRunException e = assertThrows(RuleRunException.class, () -> diagnoser.diagnose(List.of(CASE), List.of()));
        assertEquals("fire for ever", e.rule().orElse(null), e.getMessage());
        assertTrue(e.getMessage().contains("loop.drl:4"), e.getMessage());
        assertTrue(e.abandonedThread().isEmpty(), "a halt stops a loop of firings: " + e.getMessage());
    }

    @Test
    void anActionThatNeverReturnsIsAbandonedAndGivenToTheCaller(@TempDir Path dir) throws Exception {
        String release = "migkb.test.api-limits.release";
        Path folder = HeldRuleFolder.write(dir, "rules", release);
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(folder)).withLimits(ONE_SECOND);
        System.clearProperty(release);
        try {
            RuleRunException e = assertThrows(RuleRunException.class, () -> diagnoser.diagnose(List.of(CASE), List.of()));
            assertEquals(HeldRuleFolder.RULE, e.rule().orElse(null), e.getMessage());
            assertTrue(e.getMessage().contains(HeldRuleFolder.LOCATION) && e.getMessage().contains("has not returned"), e.getMessage());
            Thread stuck = e.abandonedThread().orElseThrow();
            assertTrue(stuck.isAlive() && stuck.isDaemon(), "left running, and no reason for the JVM to stay up");
            System.setProperty(release, "true");
            stuck.join(30_000);
            assertFalse(stuck.isAlive(), "the thread ends when its action does, and disposes of its session itself");
        } finally {
            System.setProperty(release, "true");
        }
    }
}

package org.migkb.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rule folder whose one rule, on event 7026, does not return until a system property is set:
 * a diagnosis that takes as long as a test needs, without a timed guess. Interrupts are swallowed,
 * so the engine cannot end it either; setting the property lets the thread finish, so that it
 * does not outlive the test.
 */
public final class HeldRuleFolder {

    /** The rule's name, and where it is: {@code stuck.drl}, line 4. */
    public static final String RULE = "never returns";
    public static final String LOCATION = "stuck.drl:4";

    private HeldRuleFolder() {
    }

    /** Writes the folder {@code parent/name}; the rule returns once {@code releaseProperty} is "true". */
    public static Path write(Path parent, String name, String releaseProperty) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.writeString(folder.resolve("stuck.drl"), """
                package held;
                import org.migkb.facts.EventRecord;

                rule "%s" @combiner
                when
                    EventRecord( sourceKey == "MSEXCHANGEMIG", eventId == 7026 )
                then
                    while (!Boolean.getBoolean("%s")) {
                        try { Thread.sleep(10); } catch (InterruptedException ignored) { }
                    }
                end
                """.formatted(RULE, releaseProperty));
        return folder;
    }
}

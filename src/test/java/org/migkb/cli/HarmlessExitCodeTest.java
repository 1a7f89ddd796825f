package org.migkb.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A harmless finding alone leaves the exit code at 0; beside a failure the failure decides it. */
class HarmlessExitCodeTest {

    private static final String FOLDER = "src/test/resources/rulefolders/harmless-trial";

    @Test
    void onlyHarmlessIsExitCodeZero() {
        CliRun run = CliRun.of("diagnose", FOLDER + "/scenarios/trial-only", "--rules", FOLDER);
        assertEquals(DiagnoseCommand.NO_DIAGNOSIS, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("harmless: no action needed"), run.out());
    }

    @Test
    void aFailureBesideItIsExitCodeOne() {
        CliRun run = CliRun.of("diagnose", FOLDER + "/scenarios/trial-and-7017", "--rules", FOLDER);
        assertEquals(DiagnoseCommand.DIAGNOSED, run.code(), run.out() + run.err());
    }
}

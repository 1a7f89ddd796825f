package org.migkb.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspect} shows the rows that do not fit, where they are and why. */
class InspectRowFitTest {

    @Test
    void inspectShowsTheShiftedRowAndTheColumnThatDoesNotFit() {
        CliRun run = CliRun.of("inspect", "src/test/resources/ingest/rowfit");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("rowfit/directory-shifted.csv:3: 8 fields where the header has 7; the extra fields"
                + " are blank"), run.out());
        assertTrue(run.out().contains("rowfit/directory-shifted.csv:4: Home-Server holds 'SMTP:ccole@contoso.com"), run.out());
        assertTrue(run.out().contains("rowfit/userlist-shifted.csv:5: Assoc-NT-Account holds"), run.out());
    }
}

package org.migkb.api;

import org.migkb.facts.Answer;
import org.migkb.report.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One built-in {@link Diagnoser} for the tests that diagnose case folders end to end, built on
 * first use (so a test class run alone needs no other to have run first) and shared after that.
 */
public final class BuiltInDiagnoses {

    private BuiltInDiagnoses() {
    }

    private static final class Holder {
        static final Diagnoser DIAGNOSER = Diagnoser.builtIn();
    }

    public static Diagnoser diagnoser() {
        return Holder.DIAGNOSER;
    }

    /** Diagnoses a folder with answers written {@code key=value}, as on the command line. */
    public static Report diagnose(String folder, String... answers) throws IOException {
        List<Answer> given = new ArrayList<>();
        for (String answer : answers) {
            given.add(diagnoser().questions().parse(answer));
        }
        return diagnoser().diagnose(List.of(Path.of(folder)), given);
    }
}

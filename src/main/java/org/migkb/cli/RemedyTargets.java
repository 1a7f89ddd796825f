package org.migkb.cli;

import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.InputSummary;
import org.migkb.report.RemedyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps the remedy files off the case: migkb never writes over a file it read. */
final class RemedyTargets {

    private RemedyTargets() {
    }

    /**
     * The first input the planned files would replace, as the report names it, or null. Files
     * skipped as migkb's own earlier remedy output may be replaced.
     */
    static String inputOverwritten(Path folder, List<RemedyFiles.RemedyFile> planned, List<InputSummary> inputs) {
        for (RemedyFiles.RemedyFile file : planned) {
            Path target = folder.resolve(file.name());
            if (!Files.exists(target)) {
                continue;
            }
            String clash = inputAt(target, inputs);
            if (clash != null) {
                return clash;
            }
        }
        return null;
    }

    /**
     * The input of the case that {@code target} is, as the report names it, or null. Files skipped
     * as migkb's own earlier remedy output do not count; members of archives are never files.
     */
    static String inputAt(Path target, List<InputSummary> inputs) {
        if (!Files.exists(target)) {
            return null;
        }
        for (InputSummary input : inputs) {
            if (input.format().equals(CaseLoader.REMEDY_FORMAT) || input.path().contains("!/")) {
                continue;
            }
            Path path;
            try {
                path = Path.of(input.path());
            } catch (java.nio.file.InvalidPathException e) {
                continue; // a name no file can have here
            }
            if (sameFile(target, path)) {
                return input.path();
            }
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: refuse rather than risk an input
        }
    }
}

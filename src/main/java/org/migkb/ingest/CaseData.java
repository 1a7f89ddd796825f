package org.migkb.ingest;

import java.util.List;

/** Everything read from a case: the facts for the rules and a summary of each input file, in path order. */
public record CaseData(List<Object> facts, List<InputSummary> inputs) {

    /** True when at least one file was recognised and gave at least one record. */
    public static boolean anythingRead(List<InputSummary> inputs) {
        return inputs.stream().anyMatch(i -> i.records() > 0);
    }
}

package org.migkb.authoring;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A scenario's expectation file ({@code NAME.expect.yaml}): which case to diagnose, with which
 * answers, and what must come out. Diagnoses are named {@code ARTICLE/cause}.
 *
 * @param description what the scenario shows, in a sentence
 * @param caseFolder  the case folder, relative to the expectation file; by default the folder
 *                    {@code NAME} beside it
 * @param answers     answers given as with {@code --answer}
 * @param expect      what must come out
 */
public record Expectation(String description, @JsonProperty("case") String caseFolder, Map<String, String> answers,
                          Expect expect) {

    /**
     * @param top        the diagnosis ranked first
     * @param affected   the affected users of the top diagnosis, exactly
     * @param present    diagnoses that must be there, at any rank
     * @param absent     diagnoses that must not be there
     * @param none       true when the case must give no diagnosis at all
     * @param affectedOf the affected users of given diagnoses, exactly
     * @param status     {@code failed}, {@code at-risk} or {@code harmless}: what every diagnosis must be
     * @param statusOf   the status of given diagnoses ({@code article/cause}), each of which must be there
     */
    public record Expect(String top, List<String> affected, List<String> present, List<String> absent, Boolean none,
                         Map<String, List<String>> affectedOf, String status, Map<String, String> statusOf) {
    }
}

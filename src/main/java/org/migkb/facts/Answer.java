package org.migkb.facts;

/**
 * Something the engineer told migkb about the case ({@code --answer key=value}), validated
 * and normalised by the question an article declares for the key ({@code knowledge.Questions}).
 *
 * @param value  the normalised value, e.g. {@code 5.5}, {@code SP2}, {@code es}, {@code yes}
 * @param number a numeric reading of the value where one exists (service pack 2 gives 2), else -1
 */
public record Answer(String key, String value, int number, Provenance at) {
}

package org.migkb.engine;

/**
 * An error in a rule file, where it is and what it is.
 *
 * @param file    the rule file
 * @param line    1-based line, or 0 when Drools gives none
 */
public record RuleProblem(String file, int line, String message) {

    /** {@code file:line: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

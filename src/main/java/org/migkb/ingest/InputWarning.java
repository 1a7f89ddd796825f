package org.migkb.ingest;

/**
 * A problem found in an input, where it is and what it is.
 *
 * @param at      {@code file:line}, {@code file#record} or the file alone
 * @param message what is wrong and what was done about it
 */
public record InputWarning(String at, String message) {
}

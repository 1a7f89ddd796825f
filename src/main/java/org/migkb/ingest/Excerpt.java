package org.migkb.ingest;

/** The start of a value, short enough to quote in a warning however long the value is. */
public final class Excerpt {

    private Excerpt() {
    }

    /**
     * The value when it has at most {@link InputLimits#EXCERPT_CHARS} characters, else its start,
     * {@code "..."} and how long it was.
     */
    public static String of(String value) {
        return of(value, value.length());
    }

    /**
     * A parser's message, which may quote the input, cut at {@link InputLimits#MESSAGE_CHARS}
     * characters (longer than a value's excerpt: the message says what is wrong).
     */
    public static String message(String message) {
        return message.length() <= InputLimits.MESSAGE_CHARS ? message
                : message.substring(0, InputLimits.MESSAGE_CHARS) + "...";
    }

    /**
     * As {@link #of(String)}, for a value already cut from one of {@code length} characters
     * (a line too long to hold).
     */
    public static String of(String value, long length) {
        if (length <= InputLimits.EXCERPT_CHARS) {
            return value;
        }
        int end = Math.min(InputLimits.EXCERPT_CHARS, value.length());
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never cut a character in two
        }
        return value.substring(0, end) + "... (" + length + " characters)";
    }
}

package org.migkb.report;

/**
 * Text from a case made fit to show as it is: every character that would act instead of show is
 * replaced by a visible escape. That covers line breaks ({@code \r}, {@code \n}, U+2028, U+2029),
 * which could forge a line of the report; the other C0 and C1 controls and DEL, among them the
 * ESC that starts terminal control and OSC sequences ({@code \x1b}); the bidirectional
 * embeddings, overrides, isolates and marks, which reorder what follows them on screen
 * (<code>&#92;u202e</code>); and a surrogate without its pair, which no encoding can write. Every other
 * character, a backslash included, is kept, so ordinary names read exactly as before.
 *
 * <p>This is the terminal's policy (text report, {@code inspect}, the CLI's messages) and the
 * first step of the Markdown and HTML ones, which then escape their own syntax.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text with each acting character replaced by its escape; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstActing(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (acts(c)) {
                appendEscape(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstActing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (acts(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True for a character that is not a paired surrogate and would act rather than show. */
    static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || Character.isSurrogate(c);
    }

    private static void appendEscape(char c, StringBuilder out) {
        switch (c) {
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            default -> {
                if (c <= 0xff) {
                    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
    }
}

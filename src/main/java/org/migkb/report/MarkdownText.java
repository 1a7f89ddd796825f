package org.migkb.report;

/**
 * Values from a case written into Markdown (CommonMark with GitHub's tables) so that they read as
 * the text they are and can do nothing else: no HTML element, link, emphasis, heading, list item,
 * table cell or new line. Line breaks and other acting characters first become visible escapes
 * ({@link VisibleText}), so a value stays on the line migkb put it on. Then, in running text,
 * every character with a meaning in Markdown is backslash-escaped where it could have that
 * meaning; in a code span, the fence is made longer than any run of backticks in the value.
 * Characters that can mean nothing where they stand are left alone, so ordinary names (with an
 * apostrophe, {@code SFS_UserName}, {@code AT&T}, <code>DOMAIN&#92;user</code>) are written unchanged.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    /** The value as running text, also safe as a table cell and at the start of a block. */
    static String inline(String value) {
        String text = VisibleText.of(value);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = blockMarkerEnd(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == start - 1 || needsEscape(text, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The value as a code span (shown literally, in code font). */
    static String code(String value) {
        String text = VisibleText.of(value);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (longest == 0 && !text.isEmpty()) {
            return "`" + text + "`";
        }
        // A fence longer than any run inside, and a space on each side, which CommonMark strips,
        // so that a backtick at either end does not join the fence.
        String fence = "`".repeat(longest + 1);
        return fence + " " + text + " " + fence;
    }

    /**
     * The value as a code span inside a table cell: GitHub's tables split a row at every
     * unescaped {@code |}, even inside a code span, and take {@code \|} there as the character.
     */
    static String codeInCell(String value) {
        return code(value).replace("|", "\\|");
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            // emphasis, code spans, links and images, HTML and autolinks, block quotes,
            // table cells, strikethrough
            case '*', '`', '[', ']', '<', '>', '|', '~' -> true;
            // '_' between two letters or digits can neither open nor close emphasis
            case '_' -> !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)));
            // a backslash only escapes the punctuation after it (or migkb's, after the value)
            case '\\' -> i + 1 == text.length() || isAsciiPunctuation(text.charAt(i + 1));
            // '&' only matters where it starts an entity or character reference
            case '&' -> startsReference(text, i);
            default -> false;
        };
    }

    /**
     * Where the value would start a block (a list item's text, say): the index just after a
     * heading, list, thematic-break or setext marker at its start ({@code #}, {@code -},
     * {@code +}, {@code =}, {@code 1.}, {@code 1)}), whose last character is then escaped;
     * 0 when it starts with none.
     */
    private static int blockMarkerEnd(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '#' || c == '-' || c == '+' || c == '=') {
            return i + 1;
        }
        int digits = i;
        while (digits < text.length() && digits - i < 10 && Character.isDigit(text.charAt(digits)) && text.charAt(digits) < 128) {
            digits++;
        }
        if (digits > i && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return digits + 1;
        }
        return 0;
    }

    private static boolean startsReference(String text, int amp) {
        int i = amp + 1;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        int name = i;
        while (i < text.length() && i - name < 32 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i > name && i < text.length() && text.charAt(i) == ';';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !isAsciiLetterOrDigit(c) && c != 127;
    }
}

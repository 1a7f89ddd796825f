package org.migkb.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys for matching people's names across files, where case, accents and spacing vary. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Names() {
    }

    /**
     * The name upper-cased, without accents, with runs of blanks as one space, and with
     * "Last, First" turned into "FIRST LAST" (directory exports often store display names that
     * way, user lists write "First Last").
     */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
            n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
        }
        // Plain ASCII has no accents to strip (most names in a large directory): skip the normaliser.
        String plain = isAscii(n) ? n : MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        return BLANKS.matcher(plain).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

package org.migkb.facts;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for matching people's names across files, where case, accents and spacing vary. */
public final class Names {

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
        String plain = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

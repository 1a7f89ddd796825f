package org.migkb.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions an engineer can answer about a case ({@code --answer key=value}): which keys
 * exist, which values each accepts, and how values are normalised so that rules compare
 * like with like ({@code Spanish}, {@code es-MX} and {@code ES} all become {@code es}).
 */
public final class Answers {

    /** The answer keys, in the order they are documented. */
    public static final List<String> KEYS = List.of(
            "exchangeVersion", "servicePack", "serverLanguage", "clientLanguage",
            "mailboxesPrecreated", "migrationMode");

    private static final List<String> EXCHANGE_VERSIONS = List.of("4.0", "5.0", "5.5", "2000", "2003");
    private static final int QUOTED_CHARS = 60;
    private static final Pattern SERVICE_PACK = Pattern.compile("(?:sp)?\\s*([0-4])");

    private Answers() {
    }

    /**
     * Values that stand for every answer the key can take, as far as the rules can tell them
     * apart (every service pack from SP1 has the fix; any version but 5.5 is "not 5.5"): what
     * a "what if" tries.
     */
    public static List<String> representativeValues(String key) {
        return switch (key) {
            case "exchangeVersion" -> List.of("5.5", "5.0");
            case "servicePack" -> List.of("SP0", "SP2");
            case "serverLanguage", "clientLanguage" -> List.of("en", "es");
            case "mailboxesPrecreated" -> List.of("yes", "no");
            case "migrationMode" -> List.of("one-step", "two-step");
            default -> throw new IllegalArgumentException("unknown answer key '" + excerpt(key) + "'");
        };
    }

    public static boolean isKnownKey(String key) {
        return KEYS.contains(key);
    }

    /**
     * Parses {@code key=value} into an answer.
     *
     * @throws IllegalArgumentException naming the key and the accepted values when either is wrong
     */
    public static Answer parse(String keyEqualsValue) {
        int eq = keyEqualsValue.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("answer '" + excerpt(keyEqualsValue) + "' is not of the form key=value; keys: "
                    + String.join(", ", KEYS));
        }
        return of(keyEqualsValue.substring(0, eq).trim(), keyEqualsValue.substring(eq + 1).trim());
    }

    /** Validates and normalises one answer. */
    public static Answer of(String key, String rawValue) {
        String raw = rawValue.trim();
        String lower = raw.toLowerCase(Locale.ROOT);
        Provenance at = Provenance.ofAnswer(key);
        switch (key) {
            case "exchangeVersion" -> {
                String v = lower.replaceFirst("^(microsoft\\s+)?exchange(\\s+server)?\\s*", "");
                if (!EXCHANGE_VERSIONS.contains(v)) {
                    throw invalid(key, raw, String.join(", ", EXCHANGE_VERSIONS));
                }
                return new Answer(key, v, -1, at);
            }
            case "servicePack" -> {
                if (lower.equals("none") || lower.equals("rtm")) {
                    return new Answer(key, "SP0", 0, at);
                }
                Matcher m = SERVICE_PACK.matcher(lower);
                if (!m.matches()) {
                    throw invalid(key, raw, "SP0 (or none), SP1, SP2, SP3, SP4, or the number alone");
                }
                int n = Integer.parseInt(m.group(1));
                return new Answer(key, "SP" + n, n, at);
            }
            case "serverLanguage", "clientLanguage" -> {
                String code = Languages.BY_NAME.get(lower.split("[-_]", 2)[0]);
                if (code == null) {
                    code = Languages.BY_NAME.get(lower);
                }
                if (code == null) {
                    throw invalid(key, raw, "an ISO 639 language code or English language name, e.g. en, es-MX, Spanish");
                }
                return new Answer(key, code, -1, at);
            }
            case "mailboxesPrecreated" -> {
                return switch (lower) {
                    case "yes", "y", "true" -> new Answer(key, "yes", -1, at);
                    case "no", "n", "false" -> new Answer(key, "no", -1, at);
                    default -> throw invalid(key, raw, "yes, no");
                };
            }
            case "migrationMode" -> {
                return switch (lower.replace(" ", "").replace("-", "")) {
                    case "onestep" -> new Answer(key, "one-step", -1, at);
                    case "twostep" -> new Answer(key, "two-step", -1, at);
                    default -> throw invalid(key, raw, "one-step, two-step");
                };
            }
            default -> throw new IllegalArgumentException("unknown answer key '" + excerpt(key) + "'; keys: " + String.join(", ", KEYS));
        }
    }

    private static IllegalArgumentException invalid(String key, String raw, String accepted) {
        return new IllegalArgumentException("answer " + key + "='" + excerpt(raw) + "' is not valid; accepted: " + accepted);
    }

    /**
     * The start of a value quoted in a message, as ingest's {@code Excerpt} cuts it (facts cannot
     * use ingest): an answers file line or an {@code --answer} may be megabytes long.
     */
    private static String excerpt(String value) {
        return value.length() <= QUOTED_CHARS ? value
                : value.substring(0, QUOTED_CHARS) + "... (" + value.length() + " characters)";
    }

    /**
     * ISO 639 codes and English names of every language the JDK knows, lower case, to the
     * two-letter code. Built on first use: loading the JDK's locale names costs a noticeable
     * part of a run's start-up, and most runs have no language answer.
     */
    private static final class Languages {
        static final Map<String, String> BY_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> names = new HashMap<>();
            Arrays.stream(Locale.getISOLanguages()).forEach(code -> {
                Locale locale = Locale.forLanguageTag(code);
                names.put(code, code);
                names.put(locale.getISO3Language(), code);
                names.put(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            });
            return Map.copyOf(names);
        }
    }
}

package org.migkb.knowledge;

import org.migkb.facts.ExchangeVersions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an answer's value is read and normalised, so that rules compare like with like
 * ({@code Spanish}, {@code es-MX} and {@code ES} all become {@code es}). The kinds are types,
 * fixed in Java; which questions exist, and their values, is knowledge in the article files.
 */
public enum AnswerKind {

    /** One of the question's values, or an alias of one; case, spaces, hyphens and underscores are ignored. */
    CHOICE("choice"),
    /** An Exchange version: {@code 4.0}, {@code 5.0}, {@code 5.5}, {@code 2000}, {@code 2003}, "Exchange Server" optional. */
    EXCHANGE_VERSION("exchangeVersion"),
    /** {@code SP0} (or {@code none}, {@code RTM}) to {@code SP4}, or the number alone; the number is kept. */
    SERVICE_PACK("servicePack"),
    /** An ISO 639 code (two or three letters, a region allowed) or English name, to the two-letter code. */
    LANGUAGE("language"),
    /** Free text, trimmed; the question's pattern, if any, must match all of it. */
    TEXT("text");

    private static final Pattern SERVICE_PACK_VALUE = Pattern.compile("(?:sp)?\\s*([0-4])");
    /** What a what-if tries when the question names nothing: every value the kind can tell apart. */
    private static final List<String> ALL_SERVICE_PACKS = List.of("SP0", "SP1", "SP2", "SP3", "SP4");

    private final String yamlName;

    AnswerKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name article files use. */
    public String yamlName() {
        return yamlName;
    }

    /** The kind an article file names, or null when there is none by that name. */
    public static AnswerKind named(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst().orElse(null);
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(AnswerKind::yamlName).toList());
    }

    /** A value read, and its number where it has one (service pack 2 gives 2), else -1. */
    public record Value(String text, int number) {
    }

    /**
     * Reads a value for the question.
     *
     * @throws IllegalArgumentException saying what is accepted, without quoting the value (the caller does)
     */
    Value read(Question question, String raw) {
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        switch (this) {
            case EXCHANGE_VERSION -> {
                String v = lower.replaceFirst("^(microsoft\\s+)?exchange(\\s+server)?\\s*", "");
                if (!ExchangeVersions.isKnown(v)) {
                    throw new IllegalArgumentException(String.join(", ", ExchangeVersions.ORDER));
                }
                return new Value(v, -1);
            }
            case SERVICE_PACK -> {
                if (lower.equals("none") || lower.equals("rtm")) {
                    return new Value("SP0", 0);
                }
                Matcher m = SERVICE_PACK_VALUE.matcher(lower);
                if (!m.matches()) {
                    throw new IllegalArgumentException("SP0 (or none), SP1, SP2, SP3, SP4, or the number alone");
                }
                int n = Integer.parseInt(m.group(1));
                return new Value("SP" + n, n);
            }
            case LANGUAGE -> {
                String code = Languages.BY_NAME.get(lower.split("[-_]", 2)[0]);
                if (code == null) {
                    code = Languages.BY_NAME.get(lower);
                }
                if (code == null) {
                    throw new IllegalArgumentException("an ISO 639 language code or English language name, e.g. en, es-MX, Spanish");
                }
                return new Value(code, -1);
            }
            case CHOICE -> {
                String wanted = folded(lower);
                for (String value : question.values()) {
                    if (folded(value).equals(wanted)) {
                        return new Value(value, -1);
                    }
                }
                for (Map.Entry<String, String> alias : question.aliases().entrySet()) {
                    if (folded(alias.getKey()).equals(wanted)) {
                        return new Value(alias.getValue(), -1);
                    }
                }
                throw new IllegalArgumentException(String.join(", ", question.values()));
            }
            default -> {
                String text = raw.strip();
                if (question.pattern() != null && !Pattern.compile(question.pattern()).matcher(text).matches()) {
                    throw new IllegalArgumentException("text matching " + question.pattern());
                }
                return new Value(text, -1);
            }
        }
    }

    /** What a what-if tries when the question lists no {@code tries}; empty when the question must list them. */
    List<String> defaultTries(Question question) {
        return switch (this) {
            case CHOICE -> question.values();
            case EXCHANGE_VERSION -> ExchangeVersions.ORDER;
            case SERVICE_PACK -> ALL_SERVICE_PACKS;
            default -> List.of();
        };
    }

    /** A choice value as compared: lower case, without spaces, hyphens and underscores ("Two Step" is two-step). */
    private static String folded(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
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

package org.migkb.knowledge;

import org.migkb.facts.Answer;
import org.migkb.facts.Provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The questions the loaded articles declare, by key: which {@code --answer} keys exist, what
 * each accepts, what a what-if tries and what answering costs. Every interface that takes
 * answers (CLI, answers file, HTTP, scenarios, the web page) reads them through this.
 *
 * <p>A key may be declared by several articles when they agree on its kind, values, aliases and
 * pattern; its question text, tries and effort come from the first article (in id order,
 * built-in first) that gives them.
 */
public final class Questions {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final int QUOTED_CHARS = 60;

    private final Map<String, Question> byKey;
    private final Map<String, AnswerKind> kinds;

    /** @param declared checked and merged declarations; kept with their defaults filled in */
    private Questions(Map<String, Question> declared) {
        Map<String, AnswerKind> k = new TreeMap<>();
        Map<String, Question> complete = new TreeMap<>();
        declared.forEach((key, q) -> {
            AnswerKind kind = AnswerKind.named(q.kind());
            k.put(key, kind);
            complete.put(key, new Question(key, q.ask(), q.kind(), q.values(), q.aliases(), q.pattern(),
                    q.tries().isEmpty() ? kind.defaultTries(q) : q.tries(), q.triesWith(), q.effortOrDefault()));
        });
        this.kinds = k;
        this.byKey = complete;
    }

    /** The questions of the built-in articles. */
    public static Questions builtIn() {
        return ArticleLibrary.builtIn().questions();
    }

    /**
     * The questions of these articles, checked.
     *
     * @param fileOf the file each article was read from, by id, to name in errors
     * @throws IllegalArgumentException naming the file (both files for a disagreement) and the question
     */
    static Questions of(Collection<Article> articles, Map<String, String> fileOf) {
        Map<String, Question> merged = new TreeMap<>();
        Map<String, String> declaredIn = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Article article : articles) {
            String file = fileOf.getOrDefault(article.id(), article.id() + ".yaml");
            for (Question question : article.questions()) {
                List<String> own = check(question);
                if (!own.isEmpty()) {
                    own.forEach(p -> problems.add(file + ": question '" + question.key() + "': " + p));
                    continue;
                }
                Question earlier = merged.get(question.key());
                if (earlier == null) {
                    merged.put(question.key(), question);
                    declaredIn.put(question.key(), file);
                } else if (!sameDefinition(earlier, question)) {
                    problems.add(file + ": question '" + question.key() + "' is declared as " + describe(question)
                            + ", but " + declaredIn.get(question.key()) + " declares it as " + describe(earlier)
                            + "; a key shared by articles must have the same kind, values, aliases and pattern");
                } else {
                    merged.put(question.key(), fillIn(earlier, question));
                }
            }
        }
        for (Question question : merged.values()) {
            question.triesWith().forEach((key, value) -> {
                Question other = merged.get(key);
                if (other == null) {
                    problems.add(declaredIn.get(question.key()) + ": question '" + question.key() + "' tries with '" + key
                            + "', which no article declares");
                } else {
                    try {
                        AnswerKind.named(other.kind()).read(other, value);
                    } catch (IllegalArgumentException e) {
                        problems.add(declaredIn.get(question.key()) + ": question '" + question.key() + "' tries with "
                                + key + "='" + value + "', not a value of it; accepted: " + e.getMessage());
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Questions(merged);
    }

    /** What is wrong with one question on its own. */
    private static List<String> check(Question q) {
        List<String> problems = new ArrayList<>();
        if (q.key() == null || !KEY.matcher(q.key()).matches()) {
            problems.add("the key must be camelCase letters and digits, starting with a lower-case letter");
        }
        if (q.ask() == null || q.ask().isBlank()) {
            problems.add("no ask (the question as the engineer reads it)");
        }
        AnswerKind kind = AnswerKind.named(q.kind());
        if (kind == null) {
            problems.add("kind '" + q.kind() + "' is not one of " + AnswerKind.names());
            return problems;
        }
        if (kind == AnswerKind.CHOICE && q.values().isEmpty()) {
            problems.add("a choice needs values");
        }
        if (kind != AnswerKind.CHOICE && (!q.values().isEmpty() || !q.aliases().isEmpty())) {
            problems.add("values and aliases belong to a choice, not to kind " + q.kind());
        }
        q.aliases().forEach((alias, value) -> {
            if (!q.values().contains(value)) {
                problems.add("alias '" + alias + "' stands for '" + value + "', which is not among the values");
            }
        });
        if (q.pattern() != null) {
            if (kind != AnswerKind.TEXT) {
                problems.add("a pattern belongs to kind text");
            } else {
                try {
                    Pattern.compile(q.pattern());
                } catch (PatternSyntaxException e) {
                    problems.add("pattern is not a Java regular expression: " + e.getDescription());
                }
            }
        }
        if (q.tries().isEmpty() && kind.defaultTries(q).isEmpty()) {
            problems.add("kind " + q.kind() + " needs tries: the values a what-if tries");
        }
        for (String tried : q.tries()) {
            if (kind == AnswerKind.LANGUAGE) {
                // Checked without the JDK's language names, whose loading costs start-up time.
                if (!LANGUAGE_CODE.matcher(tried).matches()) {
                    problems.add("tries '" + tried + "': a language is tried as its ISO 639 code, e.g. en");
                }
                continue;
            }
            try {
                AnswerKind.Value read = kind.read(q, tried);
                if (!read.text().equals(tried)) {
                    problems.add("tries '" + tried + "': write it as " + read.text());
                }
            } catch (IllegalArgumentException e) {
                problems.add("tries '" + tried + "', which is not accepted; accepted: " + e.getMessage());
            }
        }
        if (q.effortOrDefault() < 1 || q.effortOrDefault() > 3) {
            problems.add("effort must be 1 (from memory), 2 (looked up) or 3 (a tool run)");
        }
        return problems;
    }

    private static boolean sameDefinition(Question a, Question b) {
        return a.kind().equals(b.kind()) && a.values().equals(b.values()) && a.aliases().equals(b.aliases())
                && Objects.equals(a.pattern(), b.pattern());
    }

    /** The earlier declaration, with what it left out taken from the later one. */
    private static Question fillIn(Question earlier, Question later) {
        return new Question(earlier.key(), earlier.ask(), earlier.kind(), earlier.values(), earlier.aliases(),
                earlier.pattern(), earlier.tries().isEmpty() ? later.tries() : earlier.tries(),
                earlier.triesWith().isEmpty() ? later.triesWith() : earlier.triesWith(),
                earlier.effort() == null ? later.effort() : earlier.effort());
    }

    private static String describe(Question q) {
        StringBuilder s = new StringBuilder(q.kind());
        if (!q.values().isEmpty()) {
            s.append(" ").append(q.values());
        }
        if (!q.aliases().isEmpty()) {
            s.append(" aliases ").append(new TreeMap<>(q.aliases()));
        }
        if (q.pattern() != null) {
            s.append(" pattern ").append(q.pattern());
        }
        return s.toString();
    }

    /** Every key, sorted. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** Every question, by key, with its defaults (tries, effort) filled in. */
    public Collection<Question> all() {
        return byKey.values();
    }

    public Optional<Question> question(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean isKnownKey(String key) {
        return byKey.containsKey(key);
    }

    /** What answering the question costs the engineer (1 to 3); 1 for an unknown key. */
    public int effort(String key) {
        Question q = byKey.get(key);
        return q == null ? 1 : q.effortOrDefault();
    }

    /** The values a what-if tries for the key, normalised. */
    public List<String> tries(String key) {
        return byKey.get(key).tries();
    }

    /**
     * Parses {@code key=value} into an answer.
     *
     * @throws IllegalArgumentException naming the key and the accepted values when either is wrong
     */
    public Answer parse(String keyEqualsValue) {
        int eq = keyEqualsValue.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("answer '" + excerpt(keyEqualsValue) + "' is not of the form key=value; keys: "
                    + String.join(", ", keys()));
        }
        return of(keyEqualsValue.substring(0, eq).trim(), keyEqualsValue.substring(eq + 1).trim());
    }

    /**
     * Validates and normalises one answer.
     *
     * @throws IllegalArgumentException for a key no loaded article declares (naming those that are) or a value the
     *                                  question does not accept (naming what it does)
     */
    public Answer of(String key, String rawValue) {
        Question q = byKey.get(key);
        if (q == null) {
            throw new IllegalArgumentException("unknown answer key '" + excerpt(key) + "'; the loaded articles ask: "
                    + String.join(", ", keys()));
        }
        try {
            AnswerKind.Value value = kinds.get(key).read(q, rawValue);
            return new Answer(key, value.text(), value.number(), Provenance.ofAnswer(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("answer " + key + "='" + excerpt(rawValue.trim()) + "' is not valid; accepted: "
                    + e.getMessage());
        }
    }

    /**
     * The start of a value quoted in a message: an answers file line or an {@code --answer} may
     * be megabytes long.
     */
    private static String excerpt(String value) {
        return value.length() <= QUOTED_CHARS ? value
                : value.substring(0, QUOTED_CHARS) + "... (" + value.length() + " characters)";
    }
}

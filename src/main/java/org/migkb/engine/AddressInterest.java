package org.migkb.engine;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.migkb.facts.RecipientAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which directory addresses the rules can use: the address types their {@code RecipientAddress}
 * patterns pin with {@code type == "LITERAL"}. A case holds addresses of every type (SMTP, X400,
 * CCMAIL...), and those no rule names only cost the session work; they are left out of the
 * session, never out of the case (remedy files need them all). Conservative: a pattern that does
 * not pin the type, a pattern on {@code Object} or {@code Record}, or any other mention of
 * {@code RecipientAddress} in a rule file (a function, an action, an eval) makes the interest
 * every type.
 */
public final class AddressInterest {

    /** Written by the build beside the compiled rules. */
    public static final String RESOURCE = RuleBase.RULES_FOLDER + "address-interest.txt";
    private static final String ANY = "*";
    private static final AddressInterest EVERY_TYPE = new AddressInterest(Set.of(ANY));
    private static final String SIMPLE_NAME = RecipientAddress.class.getSimpleName();
    private static final Pattern TYPE = Pattern.compile("^\\s*type\\s*==\\s*\"([^\"\\\\]*)\"\\s*$");
    private static final Pattern MENTION = Pattern.compile("\\b" + SIMPLE_NAME + "\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\b[^;\\n]*;?");
    /** Types a pattern can name that a {@code RecipientAddress} also is. */
    private static final Set<String> SUPERTYPES = Set.of("Object", "java.lang.Object", "Record", "java.lang.Record");

    /** The address types, or just {@code *} for every type. */
    private final Set<String> types;

    private AddressInterest(Set<String> types) {
        this.types = types.contains(ANY) ? Set.of(ANY) : Set.copyOf(types);
    }

    /** The interest of the built-in rules, as the build recorded it. */
    public static AddressInterest builtIn() {
        try (InputStream in = AddressInterest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? EVERY_TYPE : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AddressInterest parse(String text) {
        return new AddressInterest(new TreeSet<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** Reads the rules' {@code RecipientAddress} patterns. */
    public static AddressInterest of(List<RuleSource> sources) {
        Set<String> types = new TreeSet<>();
        for (RuleSource source : sources) {
            if (!collect(source.text(), types)) {
                return EVERY_TYPE;
            }
        }
        return new AddressInterest(types);
    }

    /** Adds the types one file pins; false when the file could use an address of any type. */
    private static boolean collect(String drl, Set<String> types) {
        try {
            DrlParser parser = new DrlParser();
            var parsed = parser.parse(false, drl);
            if (parsed == null || parser.hasErrors()) {
                return false;
            }
            int[] pinned = {0};
            for (RuleDescr rule : parsed.getRules()) {
                if (!collect(rule.getLhs(), types, pinned)) {
                    return false;
                }
            }
            // Every mention outside comments and imports must be one of the patterns read above;
            // any other (a function, an action, an eval) could reach an address another way.
            Matcher mentions = MENTION.matcher(IMPORT.matcher(withoutComments(drl)).replaceAll(""));
            int count = 0;
            while (mentions.find()) {
                count++;
            }
            return count <= pinned[0];
        } catch (DroolsParserException | RuntimeException e) {
            return false; // unreadable: assume it wants everything
        }
    }

    private static boolean collect(BaseDescr descr, Set<String> types, int[] pinned) {
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType();
            // A bare accumulate is a pattern on Object whose source is the accumulation: its
            // inputs are read below. Any other Object or Record pattern could match an address.
            boolean result = pattern.getSource() instanceof AccumulateDescr || pattern.getSource() instanceof CollectDescr;
            if (type != null && SUPERTYPES.contains(type) && !result) {
                return false;
            }
            if (type != null && (type.equals(SIMPLE_NAME) || type.equals(RecipientAddress.class.getName()))) {
                String literal = typeOf(pattern);
                if (literal == null) {
                    return false;
                }
                types.add(literal);
                pinned[0]++;
            }
            return pattern.getSource() == null || collect(pattern.getSource(), types, pinned);
        } else if (descr instanceof AccumulateDescr accumulate) {
            return accumulate.getInput() == null || collect(accumulate.getInput(), types, pinned);
        } else if (descr instanceof CollectDescr collect) {
            return collect.getInputPattern() == null || collect(collect.getInputPattern(), types, pinned);
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                if (!collect(child, types, pinned)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The literal the pattern's own constraint {@code type == "..."} pins, or null. */
    private static String typeOf(PatternDescr pattern) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            Matcher m = TYPE.matcher(constraint.getText() == null ? "" : constraint.getText());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The DRL with its comments blanked, string literals kept (a mention in one only widens). */
    private static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < drl.length() && drl.charAt(end) != c && drl.charAt(end) != '\n') {
                    end += drl.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, drl.length());
                out.append(drl, i, end);
                i = end;
            } else if (drl.startsWith("//", i)) {
                int end = drl.indexOf('\n', i);
                i = end < 0 ? drl.length() : end;
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                i = end < 0 ? drl.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The addresses either wants. */
    public AddressInterest and(AddressInterest other) {
        Set<String> union = new TreeSet<>(types);
        union.addAll(other.types);
        return new AddressInterest(union);
    }

    /** True when some rule could match an address of this type. */
    public boolean wants(String type) {
        return types.contains(ANY) || types.contains(type);
    }

    /** True when every address type is wanted. */
    public boolean wantsEveryType() {
        return types.contains(ANY);
    }

    /** A filter for the facts a session gets: every fact passes except addresses of types no rule names. */
    public Predicate<Object> asSessionFilter() {
        return fact -> !(fact instanceof RecipientAddress address) || wants(address.type());
    }

    /** One type per line, sorted ({@code *} for every type), as the build writes it. */
    public String serialise() {
        return String.join("\n", new TreeSet<>(types)) + "\n";
    }
}

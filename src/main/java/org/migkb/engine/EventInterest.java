package org.migkb.engine;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.migkb.facts.EventRecord;
import org.migkb.ingest.EventFilter;
import org.migkb.knowledge.Article;
import org.migkb.knowledge.ArticleLibrary;
import org.migkb.knowledge.Symptom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which events the rules can use: the (source, event ID) pairs that their {@code EventRecord}
 * patterns name with literal equalities. Readers count every event but keep as facts only
 * those the rules want, so a large log costs memory only for what matters. Conservative: a
 * pattern that does not pin both to literals widens the interest to every source, every ID, or
 * both, so no evidence is ever filtered away.
 */
public final class EventInterest {

    /** Written by the build beside the compiled rules. */
    public static final String RESOURCE = RuleBase.RULES_FOLDER + "event-interest.txt";
    private static final String ANY = "*";
    private static final Pattern SOURCE = Pattern.compile("^\\s*sourceKey\\s*==\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern ID = Pattern.compile("^\\s*eventId\\s*==\\s*(\\d+)\\s*$");

    /** Entries {@code SOURCEKEY ID}, either part {@code *} for any. */
    private final Set<String> entries;
    /** The IDs some entry names, or null when an entry takes any ID: most events fail this test alone. */
    private final BitSet ids;

    private EventInterest(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        BitSet named = new BitSet();
        for (String entry : this.entries) {
            String id = entry.substring(entry.lastIndexOf(' ') + 1);
            if (!id.chars().allMatch(Character::isDigit) || id.isEmpty() || id.length() > 10) {
                named = null; // any ID (or one this test cannot read): no shortcut
                break;
            }
            named.set((int) (Long.parseLong(id) & 0xFFFF));
        }
        this.ids = named;
    }

    /** The interest of the built-in rules, as the build recorded it. */
    public static EventInterest builtIn() {
        try (InputStream in = EventInterest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new EventInterest(Set.of(ANY + " " + ANY));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventInterest parse(String text) {
        return new EventInterest(new TreeSet<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** Reads the rules' {@code EventRecord} patterns. */
    public static EventInterest of(List<RuleSource> sources) {
        Set<String> entries = new TreeSet<>();
        for (RuleSource source : sources) {
            try {
                var drl = new DrlParser().parse(false, source.text());
                if (drl == null) {
                    continue;
                }
                for (RuleDescr rule : drl.getRules()) {
                    collect(rule.getLhs(), entries);
                }
            } catch (DroolsParserException e) {
                entries.add(ANY + " " + ANY); // unreadable: assume it wants everything
            }
        }
        return new EventInterest(entries);
    }

    /**
     * The events the articles' symptoms name: rules may read them through facts derived from the
     * event ({@code EventField}) without naming {@code EventRecord}, so they are kept too.
     */
    public static EventInterest declaredBy(ArticleLibrary articles) {
        Set<String> entries = new TreeSet<>();
        for (Article article : articles.articles()) {
            for (Symptom symptom : article.symptoms() == null ? List.<Symptom>of() : article.symptoms()) {
                if (symptom.namesEvent()) {
                    entries.add(symptom.eventSource().strip().toUpperCase(Locale.ROOT) + " " + symptom.eventId());
                }
            }
        }
        return new EventInterest(entries);
    }

    private static void collect(BaseDescr descr, Set<String> entries) {
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType();
            if (type != null && (type.equals("EventRecord") || type.equals(EventRecord.class.getName()))) {
                entries.add(entryOf(pattern));
            }
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), entries);
            }
        } else if (descr instanceof AccumulateDescr accumulate) { // not a ConditionalElementDescr: read its input
            if (accumulate.getInput() != null) {
                collect(accumulate.getInput(), entries);
            }
        } else if (descr instanceof CollectDescr collect) {
            if (collect.getInputPattern() != null) {
                collect(collect.getInputPattern(), entries);
            }
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                collect(child, entries);
            }
        }
    }

    private static String entryOf(PatternDescr pattern) {
        String source = ANY;
        String id = ANY;
        for (BaseDescr constraint : pattern.getDescrs()) {
            String text = constraint.getText() == null ? "" : constraint.getText();
            for (String part : text.split(",")) {
                Matcher s = SOURCE.matcher(part);
                Matcher i = ID.matcher(part);
                if (s.matches()) {
                    source = s.group(1);
                } else if (i.matches()) {
                    id = i.group(1);
                }
            }
        }
        return source + " " + id;
    }

    /** The events either wants. */
    public EventInterest and(EventInterest other) {
        Set<String> union = new TreeSet<>(entries);
        union.addAll(other.entries);
        return new EventInterest(union);
    }

    /** True when some rule could match the event. */
    public boolean wants(EventRecord event) {
        return wants(event.sourceKey(), event.eventId());
    }

    /**
     * True when some rule could match an event of this source (any case) and code; cheap for
     * the events no rule names, so readers can ask before building the record.
     */
    public boolean wants(String source, int eventId) {
        if (ids != null && (eventId < 0 || !ids.get(eventId))) {
            return false;
        }
        String sourceKey = source.toUpperCase(Locale.ROOT);
        return entries.contains(sourceKey + " " + eventId)
                || entries.contains(sourceKey + " " + ANY)
                || entries.contains(ANY + " " + eventId)
                || entries.contains(ANY + " " + ANY);
    }

    /** The same test for readers, before they build an event. */
    public EventFilter asEventFilter() {
        return this::wants;
    }

    /** A fact filter for ingest: every fact passes except events no rule wants. */
    public Predicate<Object> asFactFilter() {
        return fact -> !(fact instanceof EventRecord event) || wants(event);
    }

    /** One entry per line, sorted, as the build writes it. */
    public String serialise() {
        return String.join("\n", new TreeSet<>(entries)) + "\n";
    }
}

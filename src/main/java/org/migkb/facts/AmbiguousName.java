package org.migkb.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A name a person would match a user by that more than one mailbox carries: by that name alone
 * no mailbox can be told to be a given user's. Computed in Java before the rules run
 * ({@link #among}), one fact per shared name, so that the rules link users by a weak name only
 * when exactly one mailbox carries it, and report a shared name once instead of linking every
 * user to every mailbox that carries it (a product of the colliding names).
 *
 * @param field     which name: {@link #DIRECTORY_NAME}, {@link #ALIAS} or {@link #DISPLAY_NAME}
 * @param key       the normalised name, as in {@link Recipient#directoryNameKey()}, {@link Recipient#aliasKey()}
 *                  or {@link Recipient#displayNameKey()}
 * @param name      the name as the first mailbox carrying it writes it
 * @param mailboxes how many mailboxes carry it
 * @param sample    the first {@value #SAMPLE} of them in file and line order
 * @param at        where the first of them was read
 */
public record AmbiguousName(String field, String key, String name, int mailboxes, List<Recipient> sample, Provenance at) {

    public static final String DIRECTORY_NAME = "directory-name";
    public static final String ALIAS = "alias";
    public static final String DISPLAY_NAME = "display-name";

    /** How many mailboxes and users a finding names; the counts say how many more there are. */
    public static final int SAMPLE = 3;

    public AmbiguousName {
        sample = List.copyOf(sample);
    }

    /**
     * One fact for every directory name, alias and display name that more than one mailbox
     * carries, in a stable order. Blank names are never matched, so never ambiguous.
     */
    public static List<AmbiguousName> among(Collection<?> facts) {
        List<AmbiguousName> shared = new ArrayList<>();
        shared.addAll(shared(facts, DIRECTORY_NAME, Recipient::directoryNameKey, Recipient::directoryName));
        shared.addAll(shared(facts, ALIAS, Recipient::aliasKey, Recipient::alias));
        shared.addAll(shared(facts, DISPLAY_NAME, Recipient::displayNameKey, Recipient::displayName));
        return shared;
    }

    private static List<AmbiguousName> shared(Collection<?> facts, String field, Function<Recipient, String> keyOf,
                                              Function<Recipient, String> nameOf) {
        Map<String, Group> groups = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Recipient r && r.kind() == RecipientKind.MAILBOX) {
                String key = keyOf.apply(r);
                if (key != null && !key.isBlank()) {
                    Group group = groups.get(key);
                    if (group == null) {
                        groups.put(key, new Group(r));
                    } else {
                        group.add(r);
                    }
                }
            }
        }
        Map<String, AmbiguousName> byKey = new LinkedHashMap<>();
        groups.entrySet().stream()
                .filter(e -> e.getValue().count > 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    List<Recipient> sample = e.getValue().sample;
                    byKey.put(e.getKey(), new AmbiguousName(field, e.getKey(), nameOf.apply(sample.get(0)), e.getValue().count,
                            sample, sample.get(0).at()));
                });
        return List.copyOf(byKey.values());
    }

    /** Where a fact was read, in file and line order: samples do not depend on the order facts come in. */
    private static final Comparator<Recipient> READ_ORDER = Comparator.comparing((Recipient r) -> r.at().file())
            .thenComparingInt(r -> r.at().line()).thenComparingLong(r -> r.at().record()).thenComparing(Recipient::id);

    /** Mailboxes sharing a name: how many, and the first few in file and line order. */
    private static final class Group {
        private int count;
        private final Recipient first;
        private List<Recipient> sample; // made only for a name a second mailbox carries: most names are unique

        Group(Recipient first) {
            this.first = first;
            this.count = 1;
        }

        void add(Recipient r) {
            if (sample == null) {
                sample = new ArrayList<>(SAMPLE + 1);
                sample.add(first);
            }
            count++;
            int at = 0;
            while (at < sample.size() && READ_ORDER.compare(sample.get(at), r) <= 0) {
                at++;
            }
            if (at < SAMPLE) {
                sample.add(at, r);
                if (sample.size() > SAMPLE) {
                    sample.remove(SAMPLE);
                }
            }
        }
    }

    /** The name and its mailboxes, for evidence: {@code Directory Name 'X', carried by 3,000 mailboxes (f:2, f:3, f:4 and 2,997 more)}. */
    public String describe() {
        String label = switch (field) {
            case DIRECTORY_NAME -> "Directory Name";
            case ALIAS -> "alias";
            default -> "display name";
        };
        return label + " '" + name + "', carried by " + count(mailboxes) + " mailboxes ("
                + listed(sample.stream().map(r -> field.equals(DIRECTORY_NAME) ? r.at().cite()
                        : "'" + r.directoryName() + "' at " + r.at().cite()).toList(), mailboxes) + ")";
    }

    /** What a user-list row calls this name: its Common-Name, MS Mail mailbox name or full name. */
    public String userField() {
        return switch (field) {
            case DIRECTORY_NAME -> "Common-Name";
            case ALIAS -> "MS Mail mailbox name";
            default -> "full name";
        };
    }

    /** Users, counted and the first few named in order: {@code 3,000 users (A, B, C and 2,997 more)}. */
    public static String users(Number count, Collection<?> users) {
        List<String> names = users.stream().map(String::valueOf).sorted(Comparator.naturalOrder()).limit(SAMPLE).toList();
        return count(count.longValue()) + (count.longValue() == 1 ? " user (" : " users (") + listed(names, count.longValue()) + ")";
    }

    private static String listed(List<String> first, long total) {
        String shown = String.join(", ", first);
        return total > first.size() ? shown + " and " + count(total - first.size()) + " more" : shown;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

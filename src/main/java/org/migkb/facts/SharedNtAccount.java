package org.migkb.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Windows NT account that more than one mailbox has as its primary account (in a directory
 * export), or that more than one user-list row names in {@code Assoc-NT-Account}. Computed in
 * Java before the rules run ({@link #among}), one fact per shared account, so that rules see the
 * sharing with one indexed join instead of pairing every holder with every other (Q152927: the
 * wizard gives an existing account to a second user's mailbox).
 *
 * @param source   {@link #DIRECTORY} or {@link #USER_LIST}: who shares it
 * @param key      the account upper case, as {@link Recipient#ntAccountKey()} or {@link WizardUser#ntAccountKey()}
 * @param userKey  the account's user name without its domain, upper case: events may name the user alone
 * @param account  the account as the first holder writes it
 * @param holders  how many mailboxes or rows hold it
 * @param sample   where the first {@value #SAMPLE} of them were read, in file and line order
 * @param at       where the first of them was read
 */
public record SharedNtAccount(String source, String key, String userKey, String account, int holders,
                              List<Provenance> sample, Provenance at) {

    public static final String DIRECTORY = "directory";
    public static final String USER_LIST = "user-list";
    public static final int SAMPLE = 3;

    private static final Comparator<Provenance> READ_ORDER = Comparator.comparing(Provenance::file)
            .thenComparingInt(Provenance::line).thenComparingLong(Provenance::record);

    public SharedNtAccount {
        sample = List.copyOf(sample);
    }

    /** One fact per account that two or more mailboxes, or two or more user-list rows, hold; in a stable order. */
    public static List<SharedNtAccount> among(Collection<?> facts) {
        Map<String, Holders> mailboxes = new TreeMap<>();
        Map<String, Holders> rows = new TreeMap<>();
        for (Object fact : facts) {
            if (fact instanceof Recipient r && r.kind() == RecipientKind.MAILBOX && !r.ntAccountKey().isBlank()) {
                mailboxes.computeIfAbsent(r.ntAccountKey(), k -> new Holders()).add(r.ntAccount(), r.at());
            } else if (fact instanceof WizardUser u && !u.ntAccountKey().isBlank()) {
                rows.computeIfAbsent(u.ntAccountKey(), k -> new Holders()).add(u.ntAccount(), u.at());
            }
        }
        List<SharedNtAccount> shared = new ArrayList<>();
        collect(DIRECTORY, mailboxes, shared);
        collect(USER_LIST, rows, shared);
        return shared;
    }

    private static void collect(String source, Map<String, Holders> byKey, List<SharedNtAccount> into) {
        byKey.forEach((key, holders) -> {
            if (holders.count > 1) {
                holders.sample.sort(READ_ORDER);
                into.add(new SharedNtAccount(source, key, userPart(key), holders.firstName, holders.count, holders.sample,
                        holders.sample.get(0)));
            }
        });
    }

    /** The user name of {@code DOMAIN\\user}, or the whole name when it has no domain. */
    public static String userPart(String account) {
        return account.substring(account.lastIndexOf('\\') + 1).strip().toUpperCase(Locale.ROOT);
    }

    /** Holders of one account: how many, the name as first written, and the first few places (kept short). */
    private static final class Holders {
        private int count;
        private String firstName;
        private Provenance firstAt;
        private final List<Provenance> sample = new ArrayList<>(SAMPLE + 1);

        void add(String name, Provenance at) {
            count++;
            if (firstAt == null || READ_ORDER.compare(at, firstAt) < 0) {
                firstAt = at;
                firstName = name;
            }
            sample.add(at);
            sample.sort(READ_ORDER);
            if (sample.size() > SAMPLE) {
                sample.remove(SAMPLE);
            }
        }
    }

    /** The account and its holders, for evidence: {@code CONTOSO\\jsmith, held by 2 mailboxes (f:3, f:5)}. */
    public String describe() {
        String what = source.equals(DIRECTORY) ? " mailboxes" : " user-list rows";
        return account + ", held by " + holders + what + " (" + String.join(", ", sample.stream().map(Provenance::cite).toList())
                + (holders > sample.size() ? " and " + (holders - sample.size()) + " more" : "") + ")";
    }
}

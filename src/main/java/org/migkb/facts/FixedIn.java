package org.migkb.facts;

import java.util.Collection;
import java.util.List;

/**
 * Where an article says a cause was fixed, as a fact: one per cause whose article file gives
 * {@code fixedIn}. The combiner rule in {@code rules/fix-status.drl} turns it and the version
 * answers into a {@link FixStatus}, so a what-if that tries a service pack changes the status
 * with it and truth maintenance withdraws it again.
 *
 * @param exchangeVersion the version whose service pack fixed it (e.g. {@code 5.5})
 * @param servicePack     the first service pack of that version with the fix (0: the release itself)
 * @param affects         the versions that have the fault; empty when the article does not say
 */
public record FixedIn(String article, String cause, String exchangeVersion, int servicePack, List<String> affects) {

    public static final String VERSION_KEY = "exchangeVersion";
    public static final String SERVICE_PACK_KEY = "servicePack";

    public FixedIn {
        affects = List.copyOf(affects);
    }

    /**
     * The status these answers give, or null when they leave it open (docs/writing-rules.md,
     * "Saying which version fixed it"):
     * <ul>
     * <li>a version outside {@code affects} (when given): unaffected;</li>
     * <li>a version before the fixing one: unfixed; after it: fixed;</li>
     * <li>the fixing version, or no version given: a service pack at or past the fixing one is
     *     fixed; below it, unfixed when the version was given, else open (it may be a later
     *     version's service pack); no service pack answer: open.</li>
     * </ul>
     */
    public FixStatus statusFor(Collection<Answer> answers) {
        Answer version = find(answers, VERSION_KEY);
        Answer pack = find(answers, SERVICE_PACK_KEY);
        if (version != null && ExchangeVersions.isKnown(version.value())) {
            if (!affects.isEmpty() && !affects.contains(version.value())) {
                return status(FixStatus.UNAFFECTED, version);
            }
            int order = ExchangeVersions.compare(version.value(), exchangeVersion);
            if (order != 0) {
                return status(order < 0 ? FixStatus.UNFIXED : FixStatus.FIXED, version);
            }
            if (servicePack == 0) {
                return status(FixStatus.FIXED, version); // fixed in the release itself: every service pack has it
            }
        }
        if (pack == null || pack.number() < 0) {
            return null;
        }
        if (pack.number() >= servicePack) {
            return status(FixStatus.FIXED, pack);
        }
        return version == null ? null : status(FixStatus.UNFIXED, pack);
    }

    private FixStatus status(String state, Answer decidedBy) {
        return new FixStatus(article, cause, state, decidedBy.at());
    }

    private static Answer find(Collection<Answer> answers, String key) {
        return answers.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }
}

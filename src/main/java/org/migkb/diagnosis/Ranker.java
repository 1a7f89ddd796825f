package org.migkb.diagnosis;

import org.migkb.engine.Conclusions;
import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;
import org.migkb.facts.Strength;
import org.migkb.facts.UnfoundMailbox;
import org.migkb.knowledge.Article;
import org.migkb.knowledge.ArticleLibrary;
import org.migkb.knowledge.Cause;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the rules' conclusions into ranked diagnoses. A cause whose symptom was seen is a
 * diagnosis of a failure; a cause whose symptom was not seen but which affects users is a
 * diagnosis of a risk (preflight: the failure is ahead). A user is affected when the strongest
 * evidence about that user is for the cause; user evidence counts toward confidence only for
 * affected users, and only case-wide evidence counts against (user evidence against a cause
 * just clears that user). A cause whose verdict is harmless and whose symptom was seen is
 * reported as harmless, after the failures and risks; where such a cause explains an event,
 * other candidates' symptom evidence there is shown as explained and no longer counts.
 */
public final class Ranker {

    private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator
            .comparing((Evidence e) -> !e.supports())
            .thenComparing(Evidence::strength, Comparator.reverseOrder())
            .thenComparing(e -> e.at().file())
            .thenComparingInt(e -> e.at().line())
            .thenComparingLong(e -> e.at().record())
            .thenComparing(e -> Objects.toString(e.user(), ""))
            .thenComparing(Evidence::text)
            .thenComparing(Evidence::rule);

    private final ArticleLibrary articles;

    public Ranker(ArticleLibrary articles) {
        this.articles = articles;
    }

    private record CandidateKey(String article, String cause) implements Comparable<CandidateKey> {
        @Override
        public int compareTo(CandidateKey o) {
            return Comparator.comparing(CandidateKey::article).thenComparing(CandidateKey::cause).compare(this, o);
        }
    }

    /** How strongly each kind of link ties a mailbox to a user, strongest first. */
    private static final List<String> LINK_ORDER = List.of("ms-proxy", "directory-name", "alias");

    public List<Diagnosis> rank(Conclusions conclusions) {
        Map<String, UnfoundMailbox> mailboxOf = new TreeMap<>();
        for (UnfoundMailbox u : conclusions.unfound()) {
            mailboxOf.merge(u.user(), u, (a, b) -> linkRank(a) <= linkRank(b) ? a : b);
        }
        Map<CandidateKey, List<Evidence>> evidence = new TreeMap<>();
        conclusions.evidence().forEach(e ->
                evidence.computeIfAbsent(new CandidateKey(e.article(), e.cause()), k -> new ArrayList<>()).add(e));
        Map<CandidateKey, List<CollectNext>> collect = new TreeMap<>();
        conclusions.collectNext().forEach(c ->
                collect.computeIfAbsent(new CandidateKey(c.article(), c.cause()), k -> new ArrayList<>()).add(c));
        // An explanation counts only with its cause's symptom seen, so the harmless diagnosis is there to list it.
        Set<String> seenCauses = new HashSet<>();
        conclusions.evidence().stream().filter(e -> e.strength() == Strength.SYMPTOM)
                .forEach(e -> seenCauses.add(e.article() + "/" + e.cause()));
        ExplainedEvents explained = new ExplainedEvents(conclusions.explained().stream()
                .filter(x -> seenCauses.contains(x.article() + "/" + x.cause())).toList());

        List<Diagnosis> unranked = new ArrayList<>();
        evidence.forEach((key, items) -> {
            Cause cause = cause(key);
            // A harmless cause's own symptoms always count; others' no longer do where a harmless cause explains the event.
            List<Evidence> counting = cause.harmless() ? items : items.stream().filter(e -> !explained.discounts(e)).toList();
            if (counting.size() < items.size()) {
                explained.noteDiscounted(key.article() + "/" + key.cause(), items);
            }
            List<String> affected = affectedUsers(counting);
            boolean seen = counting.stream().anyMatch(e -> e.strength() == Strength.SYMPTOM);
            // A risk that affects nobody is no diagnosis: skip building it (it may hold evidence per user). A harmless
            // cause is reported only when its symptom was seen: there is no risk of something harmless.
            if (seen || (!affected.isEmpty() && !cause.harmless())) {
                unranked.add(diagnose(key, items, counting, affected, seen, collect.getOrDefault(key, List.of()), mailboxOf,
                        explained));
            }
        });
        // Failures that happened come before risks still ahead, whatever their confidence: the
        // engineer first asks what went wrong; findings that need no action come last.
        unranked.sort(Comparator.comparingInt(Diagnosis::statusOrder)
                .thenComparing(Comparator.comparingDouble(Diagnosis::confidence).reversed())
                .thenComparing(d -> d.affected().size(), Comparator.reverseOrder())
                .thenComparing(Diagnosis::article)
                .thenComparing(Diagnosis::cause));
        List<Diagnosis> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Diagnosis d = unranked.get(i);
            ranked.add(d.ranked(i + 1, d.harmless() ? explained.itemsOf(d.article(), d.cause()) : List.of()));
        }
        return ranked;
    }

    private Cause cause(CandidateKey key) {
        Article article = articles.article(key.article())
                .orElseThrow(() -> new IllegalStateException("no article file for " + key.article()));
        return article.cause(key.cause())
                .orElseThrow(() -> new IllegalStateException(key.article() + " lists no cause " + key.cause()));
    }

    private static int linkRank(UnfoundMailbox u) {
        int rank = LINK_ORDER.indexOf(u.via());
        return rank < 0 ? LINK_ORDER.size() : rank;
    }

    private Diagnosis diagnose(CandidateKey key, List<Evidence> items, List<Evidence> counting, List<String> affected,
                               boolean seen, List<CollectNext> asks, Map<String, UnfoundMailbox> mailboxOf,
                               ExplainedEvents explained) {
        Article article = articles.article(key.article())
                .orElseThrow(() -> new IllegalStateException("no article file for " + key.article()));
        Cause cause = article.cause(key.cause())
                .orElseThrow(() -> new IllegalStateException(key.article() + " lists no cause " + key.cause()));

        Set<String> affectedSet = new HashSet<>(affected);
        Map<String, Strength> supportByRule = new TreeMap<>();
        Map<String, Strength> againstByRule = new TreeMap<>();
        for (Evidence e : counting) {
            if (e.supports() && (e.user() == null || affectedSet.contains(e.user()))) {
                supportByRule.merge(e.rule(), e.strength(), Ranker::stronger);
            } else if (!e.supports() && e.user() == null) {
                againstByRule.merge(e.rule(), e.strength(), Ranker::stronger);
            }
        }
        List<CollectItem> collectNext = collectItems(asks);
        double confidence = Scoring.confidence(supportByRule.values(), againstByRule.values(), collectNext.size());

        Set<Evidence> counted = new HashSet<>(counting);
        List<EvidenceItem> shown = items.stream().sorted(EVIDENCE_ORDER)
                .map(e -> new EvidenceItem(e.at().cite(), e.text(), e.supports(), e.strength().name().toLowerCase(java.util.Locale.ROOT),
                        e.user(), e.rule(), counted.contains(e) ? null : explained.by(e.at())))
                .distinct()
                .toList();
        String status = !seen ? Diagnosis.AT_RISK : cause.harmless() ? Diagnosis.HARMLESS : Diagnosis.FAILED;
        List<MailboxTarget> mailboxes = affected.stream().filter(mailboxOf::containsKey).map(mailboxOf::get)
                .map(u -> new MailboxTarget(u.user(), u.recipient().directoryName(), u.recipientId(), u.recipient().at().cite(), u.via()))
                .toList();
        return new Diagnosis(0, article.id(), cause.id(), status, cause.title(), article.title(), confidence, affected, shown,
                List.copyOf(cause.steps()), cause.verify(), cause.remedy(), mailboxes, collectNext, List.of());
    }

    /** Users whose strongest evidence for the cause beats their strongest evidence against it. */
    private static List<String> affectedUsers(List<Evidence> items) {
        Map<String, Strength> support = new HashMap<>();
        Map<String, Strength> against = new HashMap<>();
        for (Evidence e : items) {
            if (e.user() != null) {
                (e.supports() ? support : against).merge(e.user(), e.strength(), Ranker::stronger);
            }
        }
        List<String> affected = new ArrayList<>();
        support.forEach((user, strength) -> {
            Strength contrary = against.get(user);
            if (contrary == null || strength.compareTo(contrary) > 0) {
                affected.add(user);
            }
        });
        affected.sort(Comparator.naturalOrder());
        return List.copyOf(affected);
    }

    /** One item per answer or file asked for; answers first (cheapest to give), then by key. */
    private static List<CollectItem> collectItems(List<CollectNext> asks) {
        Map<String, CollectItem> byKey = new TreeMap<>();
        asks.stream()
                .sorted(Comparator.comparing(CollectNext::rule).thenComparing(CollectNext::text))
                .forEach(c -> byKey.putIfAbsent((c.kind().equals(CollectNext.ANSWER) ? "0:" : "1:") + c.key(),
                        new CollectItem(c.kind(), c.key(), c.text())));
        return List.copyOf(byKey.values());
    }

    private static Strength stronger(Strength a, Strength b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

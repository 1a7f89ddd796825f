package org.migkb.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.migkb.facts.CollectNext;
import org.migkb.facts.Evidence;
import org.migkb.facts.UnfoundMailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs the rules over one case's facts in a fresh session, within {@link EngineLimits}: a
 * firing limit, a deadline after which the session is halted, and a hard stop for an action
 * that never returns (halt cannot interrupt it).
 */
public final class RuleRunner {

    /** How long a halted session may take to stop before it is abandoned. */
    private static final long HALT_GRACE_MILLIS = 2_000;

    private final RuleBase rules;
    private final EngineLimits limits;

    public RuleRunner(RuleBase rules, EngineLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    /**
     * The conclusions for the facts, and for each "what if": the same session with those facts
     * added, the rules fired, the conclusions taken, and the facts removed again (logically
     * inserted conclusions are withdrawn with them), so each costs only the rules it touches.
     *
     * @param whatIfs given the actual conclusions, the extra facts to try, one set at a time (such
     *                as hypothetical answers to the questions the leading candidates ask)
     */
    public WhatIfConclusions run(Collection<?> facts, Function<Conclusions, List<List<?>>> whatIfs) {
        KieSession session = rules.kieBase().newKieSession();
        FiringCounter counter = new FiringCounter();
        ConclusionTracker conclusions = new ConclusionTracker();
        session.addEventListener(counter);
        session.addEventListener(conclusions);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "migkb-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            facts.forEach(session::insert);
            long fired = fire(session, worker, counter);
            Conclusions actual = conclusions.snapshot(fired, counter.fired());
            List<Conclusions> alternatives = new ArrayList<>();
            for (List<?> extra : whatIfs.apply(actual)) {
                List<FactHandle> handles = extra.stream().map(session::insert).toList();
                alternatives.add(conclusions.snapshot(fire(session, worker, counter), actual.firedRules()));
                handles.forEach(session::delete);
                fire(session, worker, counter);
            }
            return new WhatIfConclusions(actual, alternatives);
        } finally {
            worker.shutdownNow();
            session.dispose();
        }
    }

    private long fire(KieSession session, ExecutorService worker, FiringCounter counter) {
        Future<Integer> firing = worker.submit(() -> session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limits.maxFirings())));
        long fired = await(firing, session, counter);
        if (fired >= limits.maxFirings()) {
            throw new RuleRunException("rules fired " + fired + " times, the limit; most fired: " + counter.busiest(rules));
        }
        return fired;
    }

    /**
     * Follows the conclusions as rules insert and withdraw them, so that taking the session's
     * conclusions costs as many as there are, not as many facts as the session holds.
     */
    private static final class ConclusionTracker extends DefaultRuleRuntimeEventListener {
        private final Map<FactHandle, Object> live = new LinkedHashMap<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object fact = event.getObject();
            if (fact instanceof Evidence || fact instanceof CollectNext || fact instanceof UnfoundMailbox) {
                live.put(event.getFactHandle(), fact);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            live.remove(event.getFactHandle());
        }

        Conclusions snapshot(long fired, Set<String> firedRules) {
            List<Evidence> evidence = new ArrayList<>();
            List<CollectNext> collect = new ArrayList<>();
            List<UnfoundMailbox> unfound = new ArrayList<>();
            for (Object fact : live.values()) {
                if (fact instanceof Evidence e) {
                    evidence.add(e);
                } else if (fact instanceof CollectNext c) {
                    collect.add(c);
                } else if (fact instanceof UnfoundMailbox u) {
                    unfound.add(u);
                }
            }
            return new Conclusions(evidence, collect, fired, firedRules, unfound);
        }
    }

    private long await(Future<Integer> firing, KieSession session, FiringCounter counter) {
        try {
            return firing.get(limits.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.halt();
            try {
                firing.get(HALT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (Exception ignored) {
                // stopped or still stuck: either way the run is over
            }
            throw new RuleRunException("rules still running after " + limits.deadline().toMillis()
                    + " ms, the deadline; " + (counter.last == null ? "no rule had fired"
                    : "the last rule to fire was " + rules.locate(counter.last)) + "; most fired: " + counter.busiest(rules));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            throw new RuleRunException("interrupted while rules were firing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new RuleRunException("a rule failed: " + (cause.getCause() != null ? cause.getCause() : cause));
        }
    }

    /** Counts firings per rule, to name the culprit when a limit is hit and to report coverage. */
    private static final class FiringCounter extends DefaultAgendaEventListener {
        private final Map<String, Long> byRule = new ConcurrentHashMap<>();
        private volatile String last;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            last = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            byRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
        }

        Set<String> fired() {
            return Set.copyOf(byRule.keySet());
        }

        String busiest(RuleBase rules) {
            return byRule.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> rules.locate(e.getKey()) + ", " + e.getValue() + " times")
                    .orElse("none");
        }
    }
}

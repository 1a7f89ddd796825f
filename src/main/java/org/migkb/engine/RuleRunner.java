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
import org.migkb.facts.ExplainedEvent;
import org.migkb.facts.UnfoundMailbox;
import org.migkb.knowledge.Questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs the rules over one case's facts in a fresh session, within {@link EngineLimits}. The whole
 * session (inserting the facts, firing, the what-ifs, disposing it) lives on a daemon thread of its
 * own; the caller only waits for it, up to the deadline. Then the session is halted, which stops a
 * loop of firings, and its thread interrupted, which stops an action that waits. An action that
 * never returns, or one long evaluation of a join, ignores both, so after a short grace the thread
 * is abandoned, never joined or disposed from the caller, and the caller gets a
 * {@link RuleRunException} naming the rule, with the thread for it to count.
 */
public final class RuleRunner {

    /**
     * How long a halted session may take to stop before it is abandoned: a loop of firings stops at
     * the next firing, so this only has to outlast one firing and a garbage-collection pause.
     */
    private static final long HALT_GRACE_MILLIS = 300;
    private static final AtomicLong SESSIONS = new AtomicLong();

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
     *                as hypothetical answers to the questions the leading candidates ask); called
     *                on the session's thread, within the deadline
     * @throws RuleRunException when a rule fails, the firing limit is reached or the deadline passes
     */
    public WhatIfConclusions run(Collection<?> facts, Function<Conclusions, List<List<?>>> whatIfs) {
        Session session = new Session(facts, whatIfs);
        Thread thread = new Thread(session::run, "migkb-rules-" + SESSIONS.incrementAndGet());
        thread.setDaemon(true);
        long started = System.nanoTime();
        thread.start();
        try {
            return outcome(session.result, limits.deadline().toMillis());
        } catch (TimeoutException e) {
            session.stop(thread);
            try {
                return outcome(session.result, HALT_GRACE_MILLIS);
            } catch (TimeoutException stuck) {
                throw session.abandoned(thread, System.nanoTime() - started);
            } catch (InterruptedException interrupted) {
                throw interrupted();
            }
        } catch (InterruptedException e) {
            session.stop(thread); // the caller gives up (a service shutting down): so does the session
            throw interrupted();
        }
    }

    private static RuleRunException interrupted() {
        Thread.currentThread().interrupt();
        return new RuleRunException("interrupted while rules were firing");
    }

    /** The session's result within the time, its own exception rethrown as is. */
    private static WhatIfConclusions outcome(CompletableFuture<WhatIfConclusions> result, long millis)
            throws TimeoutException, InterruptedException {
        try {
            return result.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RuleRunException("a rule failed: " + cause);
        }
    }

    /** One session and its listeners; everything but {@code stop} and {@code abandoned} runs on its own thread. */
    private final class Session {
        private final Collection<?> facts;
        private final Function<Conclusions, List<List<?>>> whatIfs;
        private final CompletableFuture<WhatIfConclusions> result = new CompletableFuture<>();
        private final FiringCounter counter = new FiringCounter();
        private final ConclusionTracker conclusions = new ConclusionTracker(rules.questions());
        private volatile KieSession kieSession;
        private volatile boolean stopped;

        Session(Collection<?> facts, Function<Conclusions, List<List<?>>> whatIfs) {
            this.facts = facts;
            this.whatIfs = whatIfs;
        }

        void run() {
            KieSession session = rules.kieBase().newKieSession();
            try {
                session.addEventListener(counter);
                session.addEventListener(conclusions);
                kieSession = session;
                result.complete(conclude(session));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                session.dispose();
            }
        }

        private WhatIfConclusions conclude(KieSession session) {
            counter.phase = "while inserting the facts";
            for (Object fact : facts) {
                checkNotStopped();
                evaluate(() -> session.insert(fact));
            }
            counter.phase = "while firing the rules";
            long fired = fire(session);
            Conclusions actual = conclusions.snapshot(fired, counter.fired());
            List<Conclusions> alternatives = new ArrayList<>();
            counter.phase = "while trying what-ifs";
            for (List<?> extra : whatIfs.apply(actual)) {
                checkNotStopped();
                List<FactHandle> handles = new ArrayList<>();
                evaluate(() -> extra.forEach(f -> handles.add(session.insert(f))));
                alternatives.add(conclusions.snapshot(fire(session), actual.firedRules()));
                evaluate(() -> handles.forEach(session::delete));
                fire(session);
            }
            return new WhatIfConclusions(actual, alternatives);
        }

        private long fire(KieSession session) {
            checkNotStopped();
            long[] fired = new long[1];
            evaluate(() -> fired[0] = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limits.maxFirings())));
            checkNotStopped();
            if (fired[0] >= limits.maxFirings()) {
                throw new RuleRunException("rules fired " + fired[0] + " times, the limit; most fired: " + counter.busiest(rules),
                        counter.busiestRule(), null);
            }
            return fired[0];
        }

        /** Runs engine work; a failure of a rule's condition or action becomes a RuleRunException naming it. */
        private void evaluate(Runnable work) {
            try {
                work.run();
            } catch (RuleRunException e) {
                throw e;
            } catch (RuntimeException e) {
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof OutOfMemoryError oom) {
                        throw oom; // not a rule's fault: the caller says what to do about the heap
                    }
                }
                String rule = counter.inAction;
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new RuleRunException("a rule failed" + (rule == null ? "" : " in " + rules.locate(rule)) + ": " + cause,
                        rule, null);
            }
        }

        /**
         * Called from the waiting thread when the deadline passes: the halt ends a loop of firings,
         * the interrupt an action that waits or checks for one.
         */
        void stop(Thread thread) {
            stopped = true;
            KieSession session = kieSession;
            if (session != null) {
                session.halt();
            }
            thread.interrupt();
        }

        private void checkNotStopped() {
            if (stopped) {
                throw new RuleRunException("rules still running after " + limits.deadline().toMillis()
                        + " ms, the deadline; " + (counter.last == null ? "no rule had fired"
                        : "the last rule to fire was " + rules.locate(counter.last)) + "; most fired: " + counter.busiest(rules),
                        counter.last, null);
            }
        }

        /** The report for a thread that did not stop when halted: what it was doing, as far as the listeners know. */
        RuleRunException abandoned(Thread thread, long nanos) {
            String inAction = counter.inAction;
            String doing;
            String blamed;
            if (inAction != null) {
                blamed = inAction;
                doing = "the action of rule " + rules.locate(inAction) + " has not returned";
            } else {
                List<String> evaluating = StuckRules.evaluatedBy(thread, rules.kieBase(), kieSession);
                blamed = evaluating.isEmpty() ? null : evaluating.get(0);
                doing = "the engine is inside one evaluation of the conditions of "
                        + (evaluating.isEmpty() ? "a rule" : "rule " + String.join(", ", evaluating.stream().map(rules::locate).toList()))
                        + " (a join) " + counter.phase
                        + (counter.last == null ? ", before any rule fired" : "; the last rule to fire was " + rules.locate(counter.last));
            }
            return new RuleRunException(String.format("rules still running after %d ms, the deadline, and not stopping when"
                    + " halted: %s; its thread (%s) was abandoned after %d ms", limits.deadline().toMillis(), doing,
                    thread.getName(), TimeUnit.NANOSECONDS.toMillis(nanos)), blamed, thread);
        }
    }

    /**
     * Follows the conclusions as rules insert and withdraw them, so that taking the session's
     * conclusions costs as many as there are, not as many facts as the session holds.
     */
    private static final class ConclusionTracker extends DefaultRuleRuntimeEventListener {
        private final Map<FactHandle, Object> live = new LinkedHashMap<>();
        private final Questions questions;

        ConclusionTracker(Questions questions) {
            this.questions = questions;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object fact = event.getObject();
            if (fact instanceof CollectNext c && c.kind().equals(CollectNext.ANSWER) && !questions.isKnownKey(c.key())) {
                // A literal key is checked when the rules are compiled; this catches one the rule computed.
                throw new IllegalArgumentException("rule '" + c.rule() + "' asks for answer key '" + c.key()
                        + "', which no loaded article declares under questions:; declared: " + String.join(", ", questions.keys()));
            }
            if (fact instanceof Evidence || fact instanceof CollectNext || fact instanceof UnfoundMailbox
                    || fact instanceof ExplainedEvent) {
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
            List<ExplainedEvent> explained = new ArrayList<>();
            for (Object fact : live.values()) {
                if (fact instanceof Evidence e) {
                    evidence.add(e);
                } else if (fact instanceof CollectNext c) {
                    collect.add(c);
                } else if (fact instanceof UnfoundMailbox u) {
                    unfound.add(u);
                } else if (fact instanceof ExplainedEvent x) {
                    explained.add(x);
                }
            }
            return new Conclusions(evidence, collect, fired, firedRules, unfound, explained);
        }
    }

    /**
     * Counts firings per rule, to name the culprit when a limit is hit and to report coverage, and
     * knows which rule's action is running, if any: read from the waiting thread, hence volatile.
     */
    private static final class FiringCounter extends DefaultAgendaEventListener {
        private final Map<String, Long> byRule = new ConcurrentHashMap<>();
        private volatile String last;
        private volatile String inAction;
        private volatile String phase = "starting";

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = event.getMatch().getRule().getName();
            last = rule;
            inAction = rule;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            inAction = null;
            byRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
        }

        Set<String> fired() {
            return Set.copyOf(byRule.keySet());
        }

        String busiestRule() {
            return byRule.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        String busiest(RuleBase rules) {
            String rule = busiestRule();
            return rule == null ? "none" : rules.locate(rule) + ", " + byRule.get(rule) + " times";
        }
    }
}

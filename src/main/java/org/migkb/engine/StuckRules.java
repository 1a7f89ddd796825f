package org.migkb.engine;

import org.drools.core.common.InternalAgendaGroup;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.phreak.RuleAgendaItem;
import org.drools.model.functions.PredicateInformation;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the rules whose conditions a session thread is evaluating. First from the thread's stack:
 * the executable model compiles each constraint to a class that records the rules it belongs to
 * ({@link PredicateInformation}), so the innermost such frame tells which join is running. An
 * indexed join tests no constraint class, so then from the agenda: the engine evaluates the rule
 * at the head of the agenda and marks it clean when done, so while the thread is inside a rule's
 * network evaluation, a head that is not yet clean is that rule. Both read engine state from
 * another thread, so this is best effort, used only to word an error: an empty answer names no
 * rule.
 */
final class StuckRules {

    private StuckRules() {
    }

    /**
     * How long to keep looking at the stack (between two constraint tests the join's own loop is
     * on top): short, as the caller is past its deadline already.
     */
    private static final long SAMPLING_NANOS = 100_000_000;
    private static final long SAMPLE_PAUSE_MILLIS = 3;
    private static final String MAIN_GROUP = "MAIN";

    static List<String> evaluatedBy(Thread thread, KieBase kieBase, KieSession session) {
        List<String> onStack = onStack(thread, kieBase);
        return onStack.isEmpty() ? offTheAgenda(thread, session) : onStack;
    }

    /** The rule at the head of the main agenda group, when the thread is evaluating a rule's network. */
    private static List<String> offTheAgenda(Thread thread, KieSession session) {
        boolean evaluating = Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals("org.drools.core.phreak.RuleExecutor") && frame.getMethodName().equals("evaluateNetwork"));
        if (!evaluating) {
            return List.of();
        }
        try {
            // peek(), unlike the agenda's own lookups, changes nothing: safe while the engine runs.
            if (session.getAgenda().getAgendaGroup(MAIN_GROUP) instanceof InternalAgendaGroup group) {
                RuleAgendaItem item = group.peek();
                if (item != null && item.getRuleExecutor().isDirty()) {
                    return List.of(item.getRule().getName());
                }
            }
            return List.of();
        } catch (RuntimeException | LinkageError e) {
            return List.of(); // the engine changed under us, or its internals did: name no rule
        }
    }

    private static List<String> onStack(Thread thread, KieBase kieBase) {
        ClassLoader loader = kieBase instanceof InternalRuleBase base ? base.getRootClassLoader() : StuckRules.class.getClassLoader();
        long until = System.nanoTime() + SAMPLING_NANOS;
        while (thread.isAlive() && System.nanoTime() < until) {
            for (StackTraceElement frame : thread.getStackTrace()) {
                Set<String> rules = rulesOf(frame.getClassName(), loader);
                if (!rules.isEmpty()) {
                    return List.copyOf(rules);
                }
            }
            try {
                Thread.sleep(SAMPLE_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    private static Set<String> rulesOf(String className, ClassLoader loader) {
        if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("org.drools.")
                || className.startsWith("org.kie.") || className.startsWith("org.migkb.engine.")) {
            return Set.of();
        }
        try {
            Class<?> type = Class.forName(className, false, loader);
            Object[] constants = type.getEnumConstants(); // the generated constraint classes are enum singletons
            if (constants == null || constants.length == 0) {
                return Set.of();
            }
            Method information = type.getMethod("predicateInformation");
            if (!(information.invoke(constants[0]) instanceof PredicateInformation info)) {
                return Set.of();
            }
            Set<String> rules = new LinkedHashSet<>();
            info.getRuleDefs().forEach(def -> rules.add(def.getRuleName()));
            return rules;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Set.of(); // not a generated constraint: look further down the stack
        }
    }
}

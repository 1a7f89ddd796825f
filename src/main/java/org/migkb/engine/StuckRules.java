package org.migkb.engine;

import org.drools.core.impl.InternalRuleBase;
import org.drools.model.functions.PredicateInformation;
import org.kie.api.KieBase;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the rules whose conditions a session thread is evaluating, from the thread's stack: the
 * executable model compiles each constraint to a class that records the rules it belongs to
 * ({@link PredicateInformation}), so the innermost such frame tells which join is running. Best
 * effort: an empty answer means the stack named no rule.
 */
final class StuckRules {

    private StuckRules() {
    }

    /** How many times to look at the stack: between two constraint tests the join's own loop is on top. */
    private static final int SAMPLES = 20;
    private static final long SAMPLE_PAUSE_MILLIS = 3;

    static List<String> evaluatedBy(Thread thread, KieBase kieBase) {
        ClassLoader loader = kieBase instanceof InternalRuleBase base ? base.getRootClassLoader() : StuckRules.class.getClassLoader();
        for (int sample = 0; sample < SAMPLES && thread.isAlive(); sample++) {
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

package org.migkb.engine;

import java.util.Optional;

/**
 * A rule session failed, or hit its firing limit or deadline; the message names the rule to blame
 * where one is known.
 */
public final class RuleRunException extends RuntimeException {

    private final String rule;
    private final transient Thread abandoned;

    public RuleRunException(String message) {
        this(message, null, null);
    }

    /**
     * @param rule      the rule to blame, or null when none is known
     * @param abandoned the thread of a session that would not stop and was left running, or null
     */
    public RuleRunException(String message, String rule, Thread abandoned) {
        super(message);
        this.rule = rule;
        this.abandoned = abandoned;
    }

    /** The name of the rule to blame, when one is known. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * The thread of a session that did not stop when halted (an action that never returns, one
     * long evaluation of a join) and was abandoned; it may still be running, so a long-lived caller
     * can count it while it is {@link Thread#isAlive() alive}.
     */
    public Optional<Thread> abandonedThread() {
        return Optional.ofNullable(abandoned);
    }
}

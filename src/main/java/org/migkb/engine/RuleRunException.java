package org.migkb.engine;

/** A rule session failed, or hit its firing limit or deadline; the message names the rule to blame where one is known. */
public final class RuleRunException extends RuntimeException {

    public RuleRunException(String message) {
        super(message);
    }
}

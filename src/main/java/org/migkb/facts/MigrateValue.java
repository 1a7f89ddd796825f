package org.migkb.facts;

/** What a Migration Wizard user-list row says about the {@code migrate:} proxy it will create. */
public enum MigrateValue {
    /** Secondary-Proxy-Addresses holds {@code migrate:MS:NET/PO/MAILBOX} for this row's user. */
    PRESENT,
    /** The column exists but this row has no {@code migrate:} value. */
    ABSENT,
    /** A {@code migrate:} value is there but names another MS Mail address. */
    MISMATCHED,
    /** The list has no Secondary-Proxy-Addresses column at all. */
    NO_COLUMN
}

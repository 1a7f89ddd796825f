package org.migkb.facts;

import java.util.Locale;

/** Exchange directory object classes, as the Obj-Class column names them. */
public enum RecipientKind {
    MAILBOX,
    /** Obj-Class {@code remote}: a custom recipient. */
    CUSTOM_RECIPIENT,
    /** Obj-Class {@code dl}. */
    DISTRIBUTION_LIST,
    OTHER;

    /** Maps an Obj-Class value (any case) to a kind; unknown classes become {@link #OTHER}. */
    public static RecipientKind fromObjClass(String objClass) {
        return switch (objClass.trim().toLowerCase(Locale.ROOT)) {
            case "mailbox" -> MAILBOX;
            case "remote", "custom recipient", "custom-recipient" -> CUSTOM_RECIPIENT;
            case "dl", "distribution list", "distribution-list" -> DISTRIBUTION_LIST;
            default -> OTHER;
        };
    }
}

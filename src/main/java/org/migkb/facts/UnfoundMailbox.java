package org.migkb.facts;

/**
 * A mailbox a person would say belongs to a user, which the 5.5 wizard cannot find because no
 * {@code migrate:} proxy for the user exists anywhere. Derived by the correlation rules
 * ({@code rules/correlation.drl}); reports use it to name the mailbox to fix.
 *
 * @param user        the MS Mail address {@code NET/PO/MAILBOX}
 * @param recipientId the mailbox's {@link Recipient#id()}
 * @param recipient   the mailbox
 * @param via         how it was found: {@code ms-proxy}, {@code directory-name} or {@code alias}
 */
public record UnfoundMailbox(String user, String recipientId, Recipient recipient, String via) {
}

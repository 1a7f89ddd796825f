package org.migkb.diagnosis;

/**
 * The mailbox of an affected user, as the correlation rules tied them: what a remedy changes.
 *
 * @param user          the MS Mail address {@code NET/PO/MAILBOX}
 * @param directoryName the mailbox's Directory Name
 * @param recipientId   the directory object's id within the case
 * @param source        where the mailbox was read, {@code file:line}
 * @param via           how it was tied to the user: {@code ms-proxy}, {@code directory-name} or {@code alias}
 */
public record MailboxTarget(String user, String directoryName, String recipientId, String source, String via) {
}

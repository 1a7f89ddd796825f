package org.migkb.facts;

/**
 * One e-mail (proxy) address of a directory object.
 *
 * @param recipientId the {@link Recipient#id()} it belongs to
 * @param type        address type upper case: {@code MS}, {@code MIGRATE}, {@code SMTP}, ...
 * @param value       the address after the type, as written
 * @param msKey       for {@code MS:} addresses and {@code migrate:MS:} proxies, the MS Mail
 *                    address {@code NET/PO/MAILBOX} upper case; otherwise null
 * @param primary     true when the type was written in capitals (Q153028)
 */
public record RecipientAddress(
        String recipientId,
        String type,
        String value,
        String msKey,
        boolean primary,
        Provenance at) {
}

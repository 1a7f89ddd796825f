package org.migkb.facts;

/**
 * An object of the Exchange directory: a mailbox, custom recipient or distribution list.
 * Its addresses are separate {@link RecipientAddress} facts so that rules can join on them
 * with an indexed equality.
 *
 * @param id                  stable identifier within the case ({@code file:line})
 * @param directoryNameKey    Directory Name (Common-Name) upper case, for joins
 * @param aliasKey            alias (Mail-Nickname) upper case, for joins
 * @param displayNameKey      the display name as {@link Names#key}, for joins
 * @param secondariesExported whether the export carried Secondary-Proxy-Addresses; without
 *                            it a missing {@code migrate:} proxy proves nothing (Q153028)
 * @param created             when the object was created, ISO-8601 UTC, or "" when the export
 *                            does not say (LDIF dumps carry {@code whenCreated})
 * @param exchangeDn          the Exchange distinguished name ({@code legacyExchangeDN}, or the
 *                            5.5 DN), or "" when unknown
 */
public record Recipient(
        String id,
        RecipientKind kind,
        String directoryName,
        String directoryNameKey,
        String alias,
        String aliasKey,
        String displayName,
        String displayNameKey,
        String homeServer,
        boolean secondariesExported,
        String created,
        String exchangeDn,
        Provenance at) {
}

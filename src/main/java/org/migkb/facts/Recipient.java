package org.migkb.facts;

/**
 * An object of the Exchange directory: a mailbox, custom recipient or distribution list.
 * Its addresses are separate {@link RecipientAddress} facts so that rules can join on them
 * with an indexed equality.
 *
 * @param id                  stable identifier within the case ({@code file:line})
 * @param directoryNameKey    Directory Name (Common-Name) upper case, for joins
 * @param aliasKey            alias (Mail-Nickname) upper case, for joins
 * @param secondariesExported whether the export carried Secondary-Proxy-Addresses; without
 *                            it a missing {@code migrate:} proxy proves nothing (Q153028)
 */
public record Recipient(
        String id,
        RecipientKind kind,
        String directoryName,
        String directoryNameKey,
        String alias,
        String aliasKey,
        String displayName,
        String homeServer,
        boolean secondariesExported,
        Provenance at) {
}

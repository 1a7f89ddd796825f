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
 * @param container           the recipients container the object lives in ({@code Recipients}), from
 *                            {@code Obj-Container} or the {@code cn=} just above the object in its DN; ""
 *                            when unknown
 * @param containerKey        the container upper case, for joins
 * @param site                the site: the {@code ou=} under the organisation in the DN; "" when unknown
 * @param siteKey             the site upper case, for joins
 * @param ntAccount           the primary Windows NT account, <code>DOMAIN&#92;user</code> (or a bare user name
 *                            when the source does not say the domain); "" when unknown
 * @param ntAccountKey        the account upper case, for joins
 * @param hidden              whether the object is hidden from the address book (false when unknown)
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
        String container,
        String containerKey,
        String site,
        String siteKey,
        String ntAccount,
        String ntAccountKey,
        boolean hidden,
        Provenance at) {
}

package org.migkb.facts;

import java.util.Locale;

/**
 * One e-mail (proxy) address of a directory object.
 *
 * @param recipientId the {@link Recipient#id()} it belongs to
 * @param type        address type upper case: {@code MS}, {@code MIGRATE}, {@code SMTP}, ...
 * @param value       the address after the type, as written
 * @param msKey       for {@code MS:} addresses and {@code migrate:MS:} proxies, the MS Mail
 *                    address {@code NET/PO/MAILBOX} upper case; otherwise null
 * @param primary     true only where the export says the address is primary: the 5.5 export's
 *                    {@code E-mail Addresses} column (and {@code Target-Address}), a type in
 *                    capitals in Active Directory's {@code proxyAddresses}, 5.5 LDAP {@code mail}
 *                    and {@code textEncodedORAddress}. False for the {@code Secondary-Proxy-Addresses}
 *                    column whatever the case of the type, a lower-case type in {@code proxyAddresses},
 *                    and 5.5 LDAP {@code otherMailbox} (which does not say)
 * @param at          where it was read
 * @param written     the address exactly as the export wrote it ({@code TYPE:value}, with an
 *                    escaped {@code \%} already read as {@code %}), so a remedy can carry it verbatim
 * @param attribute   the column or attribute it came from, by its canonical name
 *                    ({@code E-mail Addresses}, {@code Secondary-Proxy-Addresses},
 *                    {@code Target-Address}, {@code proxyAddresses}, {@code otherMailbox}, ...);
 *                    "" when unknown
 */
public record RecipientAddress(
        String recipientId,
        String type,
        String value,
        String msKey,
        boolean primary,
        Provenance at,
        String written,
        String attribute) {

    /** The 5.5 export's column of secondary addresses. */
    public static final String SECONDARY_PROXY_ADDRESSES = "Secondary-Proxy-Addresses";

    /**
     * An address whose source attribute is unknown (facts given as JSON): written with the type
     * in capitals when primary, in lower case otherwise.
     */
    public RecipientAddress(String recipientId, String type, String value, String msKey, boolean primary, Provenance at) {
        this(recipientId, type, value, msKey, primary, at,
                (primary ? type : type.toLowerCase(Locale.ROOT)) + ":" + value, "");
    }
}

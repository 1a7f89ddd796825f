package org.migkb.address;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Exchange directory distinguished name, read in either of its spellings: the X.500 form of
 * the Administrator's exports and of {@code legacyExchangeDN}
 * ({@code /o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ}, Q244595, Q198957), or the LDAP form of an
 * Exchange 5.5 LDAP dump ({@code cn=CDIAZ,cn=Recipients,ou=SALES,o=NWIND}), parsed with the
 * UnboundID SDK so that escapes ({@code cn=Diaz\, Carlos}) are honoured.
 *
 * <p>Only a name rooted at the organisation ({@code o=}) tells a site and a recipients
 * container; an Active Directory name ({@code CN=...,OU=...,DC=...}) names an AD container,
 * which is no Exchange recipients container, and tells neither.
 *
 * @param rdns the name's parts from the root ({@code o=}) down to the object, attribute types in
 *             lower case, values as written
 */
public record ExchangeDn(List<Rdn> rdns) {

    /** One part of a name: {@code type=value}. */
    public record Rdn(String type, String value) {
    }

    /** An X.500-form part boundary: a slash before {@code type=}; a slash inside a value is kept. */
    private static final Pattern SLASH_PART = Pattern.compile("/(?=\\s*[A-Za-z][A-Za-z0-9-]*\\s*=)");

    public ExchangeDn {
        rdns = List.copyOf(rdns);
    }

    /** Reads either spelling; empty when the text is no distinguished name. */
    public static Optional<ExchangeDn> parse(String text) {
        String dn = text == null ? "" : text.strip();
        if (dn.startsWith("/")) {
            return slashForm(dn);
        }
        if (dn.indexOf('=') < 0) {
            return Optional.empty();
        }
        try {
            return ofLdap(new DN(dn));
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }

    /** An LDAP name, as UnboundID parsed it (leaf first). */
    public static Optional<ExchangeDn> ofLdap(DN dn) {
        List<Rdn> rdns = new ArrayList<>();
        for (RDN rdn : dn.getRDNs()) {
            String[] names = rdn.getAttributeNames();
            String[] values = rdn.getAttributeValues();
            if (names.length == 0) {
                return Optional.empty();
            }
            rdns.add(0, new Rdn(names[0].toLowerCase(Locale.ROOT), values[0].strip()));
        }
        return rdns.isEmpty() ? Optional.empty() : Optional.of(new ExchangeDn(rdns));
    }

    private static Optional<ExchangeDn> slashForm(String dn) {
        List<Rdn> rdns = new ArrayList<>();
        for (String part : SLASH_PART.split(dn.substring(1), -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                return Optional.empty();
            }
            rdns.add(new Rdn(part.substring(0, equals).strip().toLowerCase(Locale.ROOT), part.substring(equals + 1).strip()));
        }
        return Optional.of(new ExchangeDn(rdns));
    }

    /** Whether the name is rooted at an organisation ({@code o=}), as Exchange names are. */
    public boolean isExchange() {
        return rdns.get(0).type().equals("o");
    }

    /** The site: the {@code ou=} just under the organisation; "" when the name has none. */
    public String site() {
        return isExchange() && rdns.size() > 1 && rdns.get(1).type().equals("ou") ? rdns.get(1).value() : "";
    }

    /**
     * The recipients container of the object this name names: the {@code cn=} just above it;
     * "" when the name is not an Exchange one or the object sits directly in a site.
     */
    public String containerOfObject() {
        return isExchange() && rdns.size() > 2 && rdns.get(rdns.size() - 2).type().equals("cn")
                ? rdns.get(rdns.size() - 2).value() : "";
    }

    /** The name of the container this name names ({@code Obj-Container}): its own {@code cn=}; "" otherwise. */
    public String containerItself() {
        return isExchange() && rdns.size() > 1 && rdns.get(rdns.size() - 1).type().equals("cn")
                ? rdns.get(rdns.size() - 1).value() : "";
    }
}

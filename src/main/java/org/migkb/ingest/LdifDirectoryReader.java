package org.migkb.ingest;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.ldif.TrailingSpaceBehavior;
import com.unboundid.util.StaticUtils;
import org.migkb.address.DirectoryPlace;
import org.migkb.address.ExchangeDn;
import org.migkb.address.MsMailAddress;
import org.migkb.address.NtAccount;
import org.migkb.address.ProxyAddress;
import org.migkb.facts.Names;
import org.migkb.facts.Provenance;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.RecipientKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LDIF dumps of the directory (ldifde, csvde's LDIF sibling, any LDAP tool), decoded with the
 * UnboundID LDAP SDK: base64 values, folded lines and comments are its business. Both schemas
 * are understood:
 * <ul>
 *   <li>Active Directory: {@code proxyAddresses} ({@code TYPE:address}, type in capitals =
 *       primary), {@code targetAddress}, {@code mailNickname}, {@code whenCreated},
 *       {@code legacyExchangeDN}; contacts are custom recipients;</li>
 *   <li>Exchange 5.5 LDAP: {@code mail}/{@code rfc822Mailbox} (primary SMTP),
 *       {@code textEncodedORAddress} (primary X.400), {@code otherMailbox} written
 *       {@code type$address} (not said to be primary, whatever the case of the type), {@code uid}
 *       (alias); {@code remote-address} objects are custom recipients.</li>
 * </ul>
 * Both give the recipients container and site (from {@code legacyExchangeDN}, else the 5.5 entry
 * DN), the primary Windows NT account and whether the object is hidden from the address book.
 * The directory name is the value of the entry's first RDN. Each entry is cited by the line it
 * starts on; a record that is not an entry (a change record) or does not decode is a warning.
 */
public final class LdifDirectoryReader implements FormatReader {

    private static final Set<String> CUSTOM_RECIPIENT_CLASSES = Set.of("contact", "remote-address", "remoteaddress");
    private static final Set<String> GROUP_CLASSES = Set.of("group", "groupofnames", "groupofuniquenames");
    private static final Set<String> PERSON_CLASSES = Set.of("user", "person", "organizationalperson", "inetorgperson");

    @Override
    public String format() {
        return "directory-ldif";
    }

    @Override
    public boolean recognises(Preview preview) {
        for (String line : preview.lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("version:")) {
                continue;
            }
            return lower.startsWith("dn:");
        }
        return false;
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        try (BufferedReader reader = preview.encoding().openReader(source)) {
            BoundedLines lines = new BoundedLines(reader);
            List<String> record = new ArrayList<>();
            int start = 0;
            int lineNumber = 0;
            long recordChars = 0;
            String tooLong = null; // why the entry being read is skipped; its lines are no longer kept
            for (BoundedLines.Line read = lines.next(); ; read = lines.next()) {
                lineNumber++;
                String line = read == null ? null : read.text();
                boolean end = line == null || line.isBlank();
                if (end && (!record.isEmpty() || tooLong != null)) {
                    if (tooLong != null) {
                        sink.record();
                        sink.warn(Provenance.ofLine(name, start), tooLong);
                    } else {
                        readRecord(record, Provenance.ofLine(name, start), sink);
                    }
                    record.clear();
                    recordChars = 0;
                    tooLong = null;
                }
                if (line == null) {
                    return;
                }
                if (end || (record.isEmpty() && tooLong == null
                        && (line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("version:")))) {
                    continue;
                }
                if (record.isEmpty() && tooLong == null) {
                    start = lineNumber;
                }
                recordChars += read.length();
                if (tooLong == null && (read.isCut() || recordChars > InputLimits.RECORD_CHARS)) {
                    tooLong = read.isCut()
                            ? "line " + lineNumber + " of the file, in this entry, holds " + read.length()
                                    + " characters, more than the " + InputLimits.CELL_CHARS
                                    + " a line may have (-Dmigkb.maxCellChars); entry skipped"
                            : "the entry holds more than " + InputLimits.RECORD_CHARS
                                    + " characters (-Dmigkb.maxRecordChars); entry skipped";
                    record.clear();
                }
                if (tooLong == null) {
                    record.add(line);
                }
            }
        }
    }

    private static void readRecord(List<String> lines, Provenance at, FactSink sink) {
        sink.record();
        if (lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("changetype:")
                && !l.toLowerCase(Locale.ROOT).replace(" ", "").equals("changetype:add"))) {
            sink.warn(at, "a change record, not an entry; skipped");
            return;
        }
        Entry entry;
        try {
            entry = LDIFReader.decodeEntry(true, TrailingSpaceBehavior.STRIP, null, lines.toArray(String[]::new));
        } catch (LDIFException e) {
            sink.warn(Provenance.ofLine(at.file(), at.line() + (int) Math.max(0, e.getLineNumber())),
                    "not a valid LDIF entry (" + Excerpt.message(e.getExceptionMessage()) + "); skipped");
            return;
        }
        RecipientKind kind = kindOf(entry);
        String directoryName = firstRdnValue(entry);
        String alias = value(entry, "mailNickname", "uid");
        String overLong = DirectoryValues.overLongName("directory name", directoryName, "alias", alias);
        if (overLong != null) {
            sink.warn(at, overLong + "; entry skipped");
            return;
        }
        Map<String, RecipientAddress> addresses = addressesOf(entry, at.cite(), at, sink);
        boolean secondaries = entry.hasAttribute("proxyAddresses") || entry.hasAttribute("otherMailbox");
        String id = at.cite();
        String displayName = value(entry, "displayName", "cn");
        String exchangeDn = value(entry, "legacyExchangeDN").isEmpty() ? entry.getDN() : value(entry, "legacyExchangeDN");
        DirectoryPlace place = placeOf(entry);
        String ntAccount = ntAccountOf(entry, kind);
        boolean hidden = hiddenOf(entry, at, sink);
        sink.fact(new Recipient(id, kind, directoryName, directoryName.toUpperCase(Locale.ROOT), alias,
                alias.toUpperCase(Locale.ROOT), displayName, Names.key(displayName), value(entry, "msExchHomeServerName"),
                secondaries, created(entry), exchangeDn, place.container(), place.container().toUpperCase(Locale.ROOT),
                place.site(), place.site().toUpperCase(Locale.ROOT), ntAccount, NtAccount.key(ntAccount), hidden, at));
        addresses.values().forEach(sink::fact);
    }

    /** An address as an attribute holds it, and whether that makes it a primary one. */
    private record Written(String text, String attribute, Boolean primary) {
    }

    /**
     * The entry's addresses, one per distinct address and kind. In {@code proxyAddresses} a type
     * in capitals marks the primary (Active Directory's convention); elsewhere the attribute
     * decides: {@code mail}, {@code textEncodedORAddress} and {@code targetAddress} are primary;
     * {@code otherMailbox} mixes the other types' addresses without saying which is primary, so
     * none of them is taken as primary (and a remedy writes no row from it).
     */
    private static Map<String, RecipientAddress> addressesOf(Entry entry, String id, Provenance at, FactSink sink) {
        List<Written> written = new ArrayList<>();
        values(entry, "proxyAddresses").forEach(v -> written.add(new Written(v, "proxyAddresses", null)));
        values(entry, "targetAddress").forEach(v -> written.add(new Written(v, "targetAddress", true)));
        values(entry, "mail", "rfc822Mailbox").stream().limit(1).forEach(v -> written.add(new Written("SMTP:" + v, "mail", true)));
        values(entry, "textEncodedORAddress").forEach(v -> written.add(new Written("X400:" + v, "textEncodedORAddress", true)));
        CellWarnings problems = new CellWarnings(sink, at, "the entry's address attributes");
        for (String other : values(entry, "otherMailbox")) {
            int dollar = other.indexOf('$');
            if (dollar > 0) {
                written.add(new Written(other.substring(0, dollar) + ":" + other.substring(dollar + 1), "otherMailbox", false));
            } else {
                problems.warn("otherMailbox value '" + Excerpt.of(other) + "' is not of the form type$address; ignored");
            }
        }
        Map<String, RecipientAddress> addresses = new LinkedHashMap<>();
        for (Written w : written) {
            Optional<ProxyAddress> parsed = ProxyAddress.parse(w.text());
            if (parsed.isEmpty()) {
                problems.warn("'" + Excerpt.of(w.text()) + "' is not an address of the form TYPE:value; ignored");
                continue;
            }
            ProxyAddress proxy = parsed.get();
            boolean primary = w.primary() == null ? proxy.typeInCapitals() : w.primary();
            String key = (primary ? "P:" : "S:") + proxy.type() + ":" + proxy.value().toUpperCase(Locale.ROOT);
            String msKey = proxy.msMailAddress().map(MsMailAddress::key).orElse(null);
            addresses.putIfAbsent(key, new RecipientAddress(id, proxy.type(), proxy.value(), msKey, primary, at,
                    proxy.written(), w.attribute()));
        }
        problems.finish();
        return addresses;
    }

    private static RecipientKind kindOf(Entry entry) {
        List<String> classes = values(entry, "objectClass").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        boolean hasMailbox = entry.hasAttribute("homeMDB") || entry.hasAttribute("msExchHomeServerName")
                || entry.hasAttribute("Home-MTA") || entry.hasAttribute("homeMTA");
        if (classes.stream().anyMatch(CUSTOM_RECIPIENT_CLASSES::contains)
                || (classes.contains("user") && !hasMailbox && entry.hasAttribute("targetAddress"))) {
            return RecipientKind.CUSTOM_RECIPIENT;
        }
        if (classes.stream().anyMatch(GROUP_CLASSES::contains)) {
            return RecipientKind.DISTRIBUTION_LIST;
        }
        if (classes.stream().anyMatch(PERSON_CLASSES::contains)) {
            return RecipientKind.MAILBOX;
        }
        return RecipientKind.OTHER;
    }

    /**
     * The container and site: from {@code legacyExchangeDN} when the entry has one (Active
     * Directory), else from the entry's own DN, which in a 5.5 LDAP dump is the Exchange name
     * ({@code cn=CDIAZ,cn=Recipients,ou=SALES,o=NWIND}). An AD entry's own DN ({@code DC=...})
     * names an AD container, not a recipients container, and tells neither.
     */
    private static DirectoryPlace placeOf(Entry entry) {
        String legacy = value(entry, "legacyExchangeDN");
        if (!legacy.isEmpty()) {
            return DirectoryPlace.of("", legacy);
        }
        try {
            return ExchangeDn.ofLdap(entry.getParsedDN()).map(DirectoryPlace::of).orElse(DirectoryPlace.UNKNOWN);
        } catch (LDAPException e) {
            return DirectoryPlace.UNKNOWN;
        }
    }

    /**
     * The primary Windows NT account. A 5.5 dump's {@code Assoc-NT-Account} is read only when it
     * is text of an account's shape: the directory stores it as a SID, which names no account
     * without the domain controller ({@code NT-Security-Descriptor} is the object's permissions,
     * no account at all, and is never read). In Active Directory the mailbox is a user whose
     * {@code sAMAccountName} is its account; the entry does not say the NetBIOS domain (its
     * {@code DC=} labels need not be it), so the account is the bare user name.
     */
    private static String ntAccountOf(Entry entry, RecipientKind kind) {
        String associated = NtAccount.first(value(entry, "Assoc-NT-Account"));
        if (!associated.isEmpty() && NtAccount.isAccountList(associated)) {
            return associated;
        }
        return kind == RecipientKind.MAILBOX ? value(entry, "sAMAccountName") : "";
    }

    /** {@code Hide-From-Address-Book} (5.5) or {@code msExchHideFromAddressLists} (AD); false when absent. */
    private static boolean hiddenOf(Entry entry, Provenance at, FactSink sink) {
        for (String name : List.of("Hide-From-Address-Book", "msExchHideFromAddressLists")) {
            String written = value(entry, name);
            if (!written.isEmpty()) {
                Optional<Boolean> hidden = DirectoryValues.flag(written);
                if (hidden.isEmpty()) {
                    sink.warn(at, name + " holds '" + Excerpt.of(written) + "', which is not TRUE or FALSE; read as not hidden");
                }
                return hidden.orElse(false);
            }
        }
        return false;
    }

    private static String firstRdnValue(Entry entry) {
        try {
            String[] values = new DN(entry.getDN()).getRDN().getAttributeValues();
            return values.length > 0 ? values[0] : "";
        } catch (LDAPException | NullPointerException e) {
            return "";
        }
    }

    /** {@code whenCreated} (generalized time) as ISO-8601 UTC, or "". */
    private static String created(Entry entry) {
        String value = value(entry, "whenCreated", "createTimestamp");
        if (value.isEmpty()) {
            return "";
        }
        try {
            return StaticUtils.decodeGeneralizedTime(value).toInstant().toString();
        } catch (ParseException e) {
            return "";
        }
    }

    private static List<String> values(Entry entry, String... names) {
        for (String name : names) {
            Attribute attribute = entry.getAttribute(name);
            if (attribute != null) {
                return List.of(attribute.getValues());
            }
        }
        return List.of();
    }

    private static String value(Entry entry, String... names) {
        List<String> values = values(entry, names);
        return values.isEmpty() ? "" : values.get(0).strip();
    }
}

package org.migkb.ingest;

import org.migkb.address.DirectoryPlace;
import org.migkb.address.MsMailAddress;
import org.migkb.address.NtAccount;
import org.migkb.address.ProxyAddress;
import org.migkb.facts.Names;
import org.migkb.facts.Provenance;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.RecipientKind;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Exchange Administrator directory export (or import file) in CSV (Q146304): a header line
 * starting with {@code Obj-Class}, one object per row, multi-valued fields joined by
 * {@code %}, column separator comma unless the header shows another (Q152472). Secondary
 * addresses appear only when the header has {@code Secondary-Proxy-Addresses} (Q153028).
 * Where the object lives comes from {@code Obj-Container}, else from {@code Obj-Dist-Name}
 * ({@link DirectoryPlace}); its primary Windows NT account from {@code Primary Windows NT
 * Account} (the first, when several are joined by {@code %}); whether it is hidden from the
 * address book from {@code Hide from AB}.
 */
public final class DirectoryExportReader implements FormatReader {

    static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("objClass", List.of("Obj-Class", "Object Class", "objectClass")),
            Map.entry("mode", List.of("Mode")),
            Map.entry("directoryName", List.of("Directory Name", "Common-Name", "Directory-Name", "rdn")),
            Map.entry("alias", List.of("Alias Name", "Mail-Nickname", "Alias", "Alias-Name", "mailNickname")),
            Map.entry("displayName", List.of("Display Name", "Display-Name")),
            Map.entry("homeServer", List.of("Home-Server", "Home Server")),
            Map.entry("addresses", List.of("E-mail Addresses", "E-mail Address", "Proxy-Addresses", "Email Addresses",
                    "Email Address", "proxyAddresses")),
            Map.entry("secondary", List.of("Secondary-Proxy-Addresses")),
            Map.entry("target", List.of("Target-Address", "Target Address", "targetAddress")),
            // Q188628, Q236983, Q244595 (Obj-Container), Q198957 (Obj-Dist-Name), Q156063 2.11.1 and
            // Q244595 (Primary Windows NT Account), Q240874 (Assoc-NT-Account), Q188628 (Hide from AB)
            Map.entry("container", List.of("Obj-Container")),
            Map.entry("distName", List.of("Obj-Dist-Name")),
            Map.entry("ntAccount", List.of("Primary Windows NT Account", "Assoc-NT-Account")),
            Map.entry("hidden", List.of("Hide from AB", "Hide-From-Address-Book", "Hide From Address Book")));

    /** The canonical name of each address column, as a {@link RecipientAddress#attribute()}. */
    private static final Map<String, String> ATTRIBUTE_NAMES = Map.of("addresses", "E-mail Addresses",
            "secondary", RecipientAddress.SECONDARY_PROXY_ADDRESSES, "target", "Target-Address");

    @Override
    public String format() {
        return "directory-export-csv";
    }

    @Override
    public boolean recognises(Preview preview) {
        String header = preview.firstNonBlankLine();
        String normalised = Columns.normalise(header);
        if (normalised.contains("sfsusername")) {
            return false;
        }
        char separator = Columns.chooseSeparator(header, COLUMNS);
        Columns columns = new Columns(Columns.splitLine(header, separator), COLUMNS);
        return columns.has("objClass") && columns.width() >= 2;
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        char separator = Columns.chooseSeparator(preview.firstNonBlankLine(), COLUMNS);
        var file = new Object() {
            Columns columns;
        };
        CsvRows.forEachRow(source, preview.encoding(), separator, name, sink, row -> {
            if (file.columns == null) {
                file.columns = new Columns(row.fields(), COLUMNS, () -> RowWidths.measure(source, preview.encoding(), separator));
            } else {
                sink.record();
                readRow(row, file.columns, name, sink);
            }
            return true;
        });
    }

    private static void readRow(CsvRows.Row row, Columns columns, String name, FactSink sink) {
        Provenance at = Provenance.ofLine(name, row.line());
        if (!columns.fits(row, at, sink)) {
            return;
        }
        String objClass = columns.get(row, "objClass");
        if (objClass.isEmpty()) {
            sink.warn(at, "no Obj-Class; row skipped");
            return;
        }
        if (columns.get(row, "mode").equalsIgnoreCase("Delete")) {
            return; // an import row that removes the object: it describes no object to diagnose
        }
        String directoryName = DirectoryValues.single(columns.get(row, "directoryName"));
        String alias = DirectoryValues.single(columns.get(row, "alias"));
        if (directoryName.isEmpty() && alias.isEmpty()) {
            sink.warn(at, "neither Directory Name nor alias; row skipped");
            return;
        }
        String overLong = DirectoryValues.overLongName("Directory Name", directoryName, "alias", alias);
        if (overLong != null) {
            sink.warn(at, overLong + "; row skipped");
            return;
        }
        String id = at.cite();
        String displayName = DirectoryValues.single(columns.get(row, "displayName"));
        String distName = DirectoryValues.single(columns.get(row, "distName"));
        DirectoryPlace place = DirectoryPlace.of(DirectoryValues.single(columns.get(row, "container")), distName);
        String ntAccount = NtAccount.first(DirectoryValues.single(columns.get(row, "ntAccount")));
        boolean hidden = DirectoryValues.flag(columns.get(row, "hidden")).orElse(false);
        sink.fact(new Recipient(id, RecipientKind.fromObjClass(objClass), directoryName,
                directoryName.toUpperCase(Locale.ROOT), alias, alias.toUpperCase(Locale.ROOT), displayName,
                Names.key(displayName), DirectoryValues.single(columns.get(row, "homeServer")), columns.has("secondary"),
                "", distName, place.container(), place.container().toUpperCase(Locale.ROOT), place.site(),
                place.site().toUpperCase(Locale.ROOT), ntAccount, NtAccount.key(ntAccount), hidden, at));

        // The column decides what an address is (Q153028): E-mail Addresses holds the primaries,
        // Secondary-Proxy-Addresses the secondaries, whatever the case of the type; documented
        // import files write secondaries as SMTP:..., MS:... (Q155594, Q291086).
        // One fact per distinct address and kind; the target of a custom recipient usually repeats a proxy.
        Map<String, RecipientAddress> addresses = new LinkedHashMap<>();
        for (String column : List.of("addresses", "secondary", "target")) {
            boolean primary = !column.equals("secondary");
            String cellName = columns.has(column) ? columns.headerAt(columns.index(column)) : column;
            CellWarnings problems = new CellWarnings(sink, at, cellName);
            List<String> values = DirectoryValues.split(columns.get(row, column));
            DirectoryValues.warnValuesNotRead(columns.get(row, column), values, cellName, at, sink);
            for (String piece : values) {
                if (DirectoryValues.isRemoval(piece)) {
                    problems.warn("'" + Excerpt.of(piece) + "' asks the import to remove that address (Q184536); not read as one of the object's addresses");
                    continue;
                }
                Optional<ProxyAddress> parsed = ProxyAddress.parse(piece);
                if (parsed.isEmpty()) {
                    problems.warn("'" + Excerpt.of(piece) + "' is not an address of the form TYPE:value; ignored");
                    continue;
                }
                ProxyAddress proxy = parsed.get();
                String key = (primary ? "P:" : "S:") + proxy.type() + ":" + proxy.value().toUpperCase(Locale.ROOT);
                if (addresses.containsKey(key)) {
                    continue;
                }
                String msKey = proxy.msMailAddress().map(MsMailAddress::key).orElse(null);
                if (msKey == null && (proxy.type().equals("MS") || proxy.type().equals("MIGRATE"))) {
                    problems.warn("'" + Excerpt.of(proxy.toString()) + "' is not a valid MS Mail address NET/PO/MAILBOX; kept, but matches no user");
                }
                addresses.put(key, new RecipientAddress(id, proxy.type(), proxy.value(), msKey, primary, at,
                        proxy.written(), ATTRIBUTE_NAMES.get(column)));
            }
            problems.finish();
        }
        addresses.values().forEach(sink::fact);
    }
}

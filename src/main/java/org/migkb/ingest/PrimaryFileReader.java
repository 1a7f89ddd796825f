package org.migkb.ingest;

import org.migkb.address.MsMailAddress;
import org.migkb.address.ProxyAddress;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.Names;
import org.migkb.facts.Provenance;
import org.migkb.facts.UserList;
import org.migkb.facts.WizardUser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Migration Wizard primary file ({@code .PRI}), written by a source extractor and imported
 * by the wizard: sections introduced by a line naming them (DIRECTORY, PAB, MAILMESSAGE),
 * {@code !} starting a comment. The DIRECTORY section is a header line and one CSV row per
 * user; its proxies, separated by {@code ;}, include the {@code MIGRATE:} address the wizard
 * stamps on the mailbox (for MS Mail, {@code MIGRATE:MS:NET/PO/USER}). Its rows become users,
 * as a user list's rows do: the section can be edited by hand before import, with the same
 * effect when a {@code MIGRATE:} value is lost. A backslash escapes the next character
 * ({@code \r}, {@code \n}, {@code \\}); any other is warned about, as the wizard warns. The
 * other sections hold messages and address books and are not read.
 *
 * <p>The layout beyond what the articles state is our reading; the reader is tolerant of
 * header spellings and section-line decorations.
 */
public final class PrimaryFileReader implements FormatReader {

    private static final Set<String> SECTIONS = Set.of("DIRECTORY", "PAB", "MAILMESSAGE", "MAIL MESSAGE", "MESSAGE");
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "objClass", List.of("Obj-Class"),
            "mode", List.of("Mode"),
            "directoryName", List.of("Common-Name", "Directory Name", "Directory-Name"),
            "alias", List.of("Mail-Nickname", "Alias Name", "Alias"),
            "displayName", List.of("Display-Name", "Display Name"),
            "proxies", List.of("Proxy-Addresses", "Secondary-Proxy-Addresses", "E-mail Addresses", "E-mail Address"));

    @Override
    public String format() {
        return "migration-primary-file";
    }

    @Override
    public boolean recognises(Preview preview) {
        List<String> content = MigrationFiles.contentLines(preview.lines());
        for (int i = 0; i + 1 < content.size(); i++) {
            if (section(content.get(i)).equals("DIRECTORY") && Columns.normalise(content.get(i + 1)).contains("objclass")) {
                return true;
            }
        }
        return false;
    }

    /** The section a line opens ("DIRECTORY"...), or "" when it opens none. */
    private static String section(String line) {
        String name = line.strip().replaceAll("^[\\[<\"]+|[\\]>\",]+$", "").strip().toUpperCase(Locale.ROOT);
        return SECTIONS.contains(name) ? name : "";
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        var file = new Object() {
            String section = "";
            Columns columns;
            final List<WizardUser> users = new ArrayList<>();
            final Set<String> otherSystems = new TreeSet<>();
            int otherRows;
        };
        char separator = ',';
        CsvRows.forEachRow(source, preview.encoding(), separator, name, sink, row -> {
            if (row.field(0).startsWith(MigrationFiles.COMMENT)) {
                return true;
            }
            String opened = row.fields().stream().filter(f -> !f.isBlank()).count() == 1 ? section(row.field(0)) : "";
            if (!opened.isEmpty()) {
                file.section = opened;
                file.columns = null;
                return true;
            }
            if (!file.section.equals("DIRECTORY")) {
                return true;
            }
            if (file.columns == null) {
                file.columns = new Columns(row.fields(), COLUMNS, () -> RowWidths.measure(source, preview.encoding(), separator));
                return true;
            }
            sink.record();
            Provenance at = Provenance.ofLine(name, row.line());
            if (!file.columns.fits(row, at, sink)) {
                return true;
            }
            readUser(row, file.columns, name, at, sink).ifPresentOrElse(file.users::add, () -> {
                file.otherRows++;
                otherSystem(row, file.columns).ifPresent(file.otherSystems::add);
            });
            return true;
        });
        if (file.otherRows > 0) {
            sink.warn(Provenance.ofFile(name), file.otherRows + " directory rows migrate users of other systems ("
                    + (file.otherSystems.isEmpty() ? "no MIGRATE: address" : String.join(", ", file.otherSystems))
                    + "); the rules concern MS Mail users, so they are not kept");
        }
        if (!file.users.isEmpty()) {
            String postoffice = WizardAddresses.mostCommonPostoffice(file.users.stream()
                    .map(u -> MsMailAddress.parse(u.msAddress())).flatMap(Optional::stream)).orElse(null);
            sink.fact(new UserList(name, postoffice, true, Provenance.ofFile(name)));
            file.users.forEach(sink::fact);
        }
    }

    /** The row as an MS Mail user, or empty when it has no MS Mail address. */
    private static Optional<WizardUser> readUser(CsvRows.Row row, Columns columns, String name, Provenance at, FactSink sink) {
        WizardAddresses addresses = WizardAddresses.read(unescape(columns.get(row, "proxies"), at, sink), "", false, at, sink);
        List<MsMailAddress> migrate = addresses.migrate();
        List<MsMailAddress> ms = addresses.ms();
        Optional<MsMailAddress> user = migrate.stream().findFirst().or(() -> ms.stream().findFirst());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String msAddress = user.get().key();
        String directoryName = unescape(columns.get(row, "directoryName"), at, sink);
        String commonName = directoryName.isEmpty() ? user.get().mailbox() : directoryName;
        MigrateValue migrateValue = addresses.migrateValueFor(msAddress);
        return Optional.of(new WizardUser(msAddress, user.get().mailbox().toUpperCase(Locale.ROOT), commonName,
                commonName.toUpperCase(Locale.ROOT), Names.key(unescape(columns.get(row, "displayName"), at, sink)),
                columns.get(row, "mode"), true, migrateValue, name, "", "", at)); // the articles show no account column in a primary file
    }

    /** The system a row without an MS Mail address migrates from, by its MIGRATE: type. */
    private static Optional<String> otherSystem(CsvRows.Row row, Columns columns) {
        for (String piece : DirectoryValues.split(columns.get(row, "proxies"))) {
            Optional<ProxyAddress> migrate = ProxyAddress.parse(piece).filter(p -> p.type().equals("MIGRATE"));
            if (migrate.isPresent()) {
                return ProxyAddress.parse(migrate.get().value()).map(ProxyAddress::type);
            }
        }
        return Optional.empty();
    }

    /** Undoes the directory section's escapes: {@code \r}, {@code \n}, {@code \\}. */
    private static String unescape(String value, Provenance at, FactSink sink) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        boolean warned = false; // one warning per value, however many backslashes it holds
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c != '\\') {
                out.append(c);
            } else if (next == 'r' || next == 'n' || next == '\\') {
                out.append(next == 'r' ? '\r' : next == 'n' ? '\n' : '\\');
                i++;
            } else {
                if (!warned) {
                    warned = true;
                    sink.warn(at, "a single backslash in '" + Excerpt.of(value) + "' (the wizard takes it as an escape and logs a"
                            + " warning; double it or remove it); kept as written");
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}

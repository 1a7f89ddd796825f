package org.migkb.ingest;

import org.migkb.address.MsMailAddress;
import org.migkb.address.NtAccount;
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
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * The Migration Wizard's user list, written for a two-step migration (Q150438) and often
 * edited by hand: {@code SFS_UserName, SFS_FullName, MigrateUser, Obj-Class, Mode,
 * Common-Name, ...}, on 5.5 with {@code Secondary-Proxy-Addresses} holding
 * {@code migrate:MS:NET/PO/USER} (Q182665). {@code Assoc-NT-Account} names the Windows NT
 * account the wizard associates with the new mailbox (written when it creates accounts). Lines above the header (postoffice information
 * in some versions) are accepted and searched for the {@code NET/PO} the list belongs to.
 *
 * <p>The list names users by mailbox only; their full MS Mail address comes from an
 * {@code MS:} value in the row, else from the list's postoffice (preamble, or the postoffice
 * most rows' addresses share) and the mailbox name.
 */
public final class UserListReader implements FormatReader {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "mailbox", List.of("SFS_UserName"),
            "fullName", List.of("SFS_FullName"),
            "migrateUser", List.of("MigrateUser"),
            "objClass", List.of("Obj-Class"),
            "mode", List.of("Mode"),
            "commonName", List.of("Common-Name", "Directory Name"),
            "displayName", List.of("Display-Name", "Display Name"),
            "secondary", List.of("Secondary-Proxy-Addresses"),
            "homeServer", List.of("Home-Server"),
            "ntAccount", List.of("Assoc-NT-Account"));

    private static final Pattern POSTOFFICE = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9]+");
    private static final int HEADER_SEARCH_LINES = 6;

    @Override
    public String format() {
        return "wizard-user-list";
    }

    @Override
    public boolean recognises(Preview preview) {
        return preview.lines().stream().limit(HEADER_SEARCH_LINES)
                .anyMatch(l -> Columns.normalise(l).contains("sfsusername"));
    }

    /** A data row, kept until the list's postoffice is known. */
    private record PendingRow(Provenance at, String mailbox, String commonName, String fullName, String mode, boolean migrating,
                              WizardAddresses addresses, boolean secondaryColumn, String ntAccount) {
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        String headerLine = preview.lines().stream().limit(HEADER_SEARCH_LINES)
                .filter(l -> Columns.normalise(l).contains("sfsusername")).findFirst().orElseThrow();
        char separator = Columns.chooseSeparator(headerLine, COLUMNS);

        List<CsvRows.Row> preamble = new ArrayList<>();
        List<PendingRow> rows = new ArrayList<>();
        var file = new Object() {
            Columns columns;
        };
        CsvRows.forEachRow(source, preview.encoding(), separator, name, sink, row -> {
            if (file.columns != null) {
                sink.record();
                PendingRow pending = readRow(row, file.columns, name, sink);
                if (pending != null) {
                    rows.add(pending);
                }
            } else if (row.fields().stream().anyMatch(f -> Columns.normalise(f).equals("sfsusername"))) {
                file.columns = new Columns(row.fields(), COLUMNS, () -> RowWidths.measure(source, preview.encoding(), separator));
            } else {
                preamble.add(row);
            }
            return true;
        });
        Columns columns = file.columns;

        Optional<String> stated = postofficeOf(preamble);
        Optional<String> common = WizardAddresses.mostCommonPostoffice(rows.stream()
                .flatMap(r -> Stream.concat(r.addresses().migrate().stream(), r.addresses().ms().stream())));
        Optional<String> postoffice = stated.or(() -> common);
        if (postoffice.isEmpty() && rows.stream().anyMatch(r -> r.addresses().ms().isEmpty())) {
            sink.warn(Provenance.ofFile(name), "the list's MS Mail postoffice is unknown (no NET/PO above the header and no"
                    + " migrate: or MS: address in any row); users without an MS: value are named by mailbox only");
        }
        if (columns == null) {
            sink.warn(Provenance.ofFile(name), "no header row with SFS_UserName was found; file not read");
            return;
        }
        sink.fact(new UserList(name, postoffice.orElse(null), columns.has("secondary"), Provenance.ofFile(name)));
        for (PendingRow row : rows) {
            sink.fact(toFact(row, stated, common, name));
        }
    }

    private PendingRow readRow(CsvRows.Row row, Columns columns, String name, FactSink sink) {
        Provenance at = Provenance.ofLine(name, row.line());
        if (!columns.fits(row, at, sink)) {
            return null;
        }
        String mailbox = columns.get(row, "mailbox");
        if (mailbox.isEmpty()) {
            sink.warn(at, "no SFS_UserName (MS Mail mailbox name); row skipped");
            return null;
        }
        String overLong = DirectoryValues.overLongName("SFS_UserName", mailbox, "Common-Name", columns.get(row, "commonName"));
        if (overLong != null) {
            sink.warn(at, overLong + "; row skipped");
            return null;
        }
        WizardAddresses addresses = WizardAddresses.read(columns.get(row, "secondary"), " in Secondary-Proxy-Addresses",
                true, at, sink);
        boolean migrating = !columns.get(row, "migrateUser").toUpperCase(Locale.ROOT).startsWith("N");
        String fullName = columns.get(row, "fullName").isEmpty() ? columns.get(row, "displayName") : columns.get(row, "fullName");
        return new PendingRow(at, mailbox, columns.get(row, "commonName"), fullName, columns.get(row, "mode"), migrating,
                addresses, columns.has("secondary"), NtAccount.first(DirectoryValues.single(columns.get(row, "ntAccount"))));
    }

    /**
     * The row's user and the state of its {@code migrate:} value. The user's address is, in
     * order: an {@code MS:} value of the row naming its mailbox; the postoffice stated above the
     * header; the row's own {@code migrate:} value naming its mailbox; the postoffice most rows
     * name. A stated postoffice wins over the row's value, so an edited postoffice in a
     * {@code migrate:} value shows as a mismatch rather than becoming the user's address.
     */
    private static WizardUser toFact(PendingRow row, Optional<String> statedPostoffice, Optional<String> commonPostoffice,
                                     String listFile) {
        String mailboxKey = row.mailbox().toUpperCase(Locale.ROOT);
        Optional<String> ownMigrate = row.addresses().migrate().stream()
                .filter(a -> a.mailbox().equalsIgnoreCase(row.mailbox()))
                .map(MsMailAddress::key).findFirst();
        String msAddress = row.addresses().ms().stream()
                .filter(a -> a.mailbox().equalsIgnoreCase(row.mailbox()))
                .map(MsMailAddress::key).findFirst()
                .or(() -> statedPostoffice.map(po -> po + "/" + mailboxKey))
                .or(() -> ownMigrate)
                .or(() -> commonPostoffice.map(po -> po + "/" + mailboxKey))
                .orElse(mailboxKey);
        MigrateValue migrateValue = row.secondaryColumn() ? row.addresses().migrateValueFor(msAddress) : MigrateValue.NO_COLUMN;
        String commonName = row.commonName().isEmpty() ? row.mailbox() : row.commonName();
        return new WizardUser(msAddress, mailboxKey, commonName, commonName.toUpperCase(Locale.ROOT),
                Names.key(row.fullName()), row.mode(),
                row.migrating(), migrateValue, listFile, row.ntAccount(), NtAccount.key(row.ntAccount()), row.at());
    }

    /** A {@code NET/PO} cell above the header, or a row of labels Network/Postoffice followed by values. */
    private static Optional<String> postofficeOf(List<CsvRows.Row> preamble) {
        for (int i = 0; i < preamble.size(); i++) {
            List<String> cells = preamble.get(i).fields().stream().map(String::trim).toList();
            for (String cell : cells) {
                if (POSTOFFICE.matcher(cell).matches()) {
                    return Optional.of(cell.toUpperCase(Locale.ROOT));
                }
            }
            int net = indexOfLabel(cells, "network", "net");
            int po = indexOfLabel(cells, "postoffice", "po");
            if (net >= 0 && po >= 0 && i + 1 < preamble.size()) {
                CsvRows.Row values = preamble.get(i + 1);
                String network = values.field(net);
                String office = values.field(po);
                if (!network.isEmpty() && !office.isEmpty()) {
                    return Optional.of((network + "/" + office).toUpperCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOfLabel(List<String> cells, String... labels) {
        for (int i = 0; i < cells.size(); i++) {
            String normalised = Columns.normalise(cells.get(i));
            for (String label : labels) {
                if (normalised.equals(label)) {
                    return i;
                }
            }
        }
        return -1;
    }
}

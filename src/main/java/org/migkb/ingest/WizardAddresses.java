package org.migkb.ingest;

import org.migkb.address.MsMailAddress;
import org.migkb.address.ProxyAddress;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The MS Mail addresses in a Migration Wizard row (a user-list row or a primary file's directory
 * row): its {@code migrate:MS:} values and its {@code MS:} addresses, and what they say about the
 * row's {@code migrate:} proxy. Shared by the readers of both files.
 *
 * @param migrate the MS Mail addresses of the row's {@code migrate:} values
 * @param ms      the row's {@code MS:} addresses
 */
record WizardAddresses(List<MsMailAddress> migrate, List<MsMailAddress> ms) {

    /**
     * Reads a multi-valued address cell.
     *
     * @param column       how warnings name the cell (" in Secondary-Proxy-Addresses", or "")
     * @param otherMigrate whether a {@code migrate:} value of another system is a problem (it is
     *                     in an MS Mail user list; a primary file may migrate any system)
     */
    static WizardAddresses read(String cell, String column, boolean otherMigrate, Provenance at, FactSink sink) {
        List<MsMailAddress> migrate = new ArrayList<>();
        List<MsMailAddress> ms = new ArrayList<>();
        String cellName = column.isEmpty() ? "the address cell" : column.strip().substring(3);
        CellWarnings problems = new CellWarnings(sink, at, cellName);
        List<String> values = DirectoryValues.split(cell);
        DirectoryValues.warnValuesNotRead(cell, values, cellName, at, sink);
        for (String piece : values) {
            Optional<ProxyAddress> proxy = ProxyAddress.parse(piece);
            if (proxy.isEmpty()) {
                problems.warn("'" + Excerpt.of(piece) + "'" + column + " is not an address of the form TYPE:value; ignored");
                continue;
            }
            Optional<MsMailAddress> address = proxy.get().msMailAddress();
            if (proxy.get().type().equals("MIGRATE")) {
                if (address.isPresent()) {
                    migrate.add(address.get());
                } else if (otherMigrate) {
                    problems.warn("migrate: value '" + Excerpt.of(piece) + "' does not hold an MS:NET/PO/MAILBOX address");
                }
            } else {
                address.ifPresent(ms::add);
            }
        }
        problems.finish();
        return new WizardAddresses(List.copyOf(migrate), List.copyOf(ms));
    }

    /** What the row's {@code migrate:} values say for the user {@code msAddress}. */
    MigrateValue migrateValueFor(String msAddress) {
        if (migrate.isEmpty()) {
            return MigrateValue.ABSENT;
        }
        return migrate.stream().anyMatch(a -> a.key().equals(msAddress)) ? MigrateValue.PRESENT : MigrateValue.MISMATCHED;
    }

    /** The postoffice ({@code NET/PO}) most of these addresses name; ties broken alphabetically, for determinism. */
    static Optional<String> mostCommonPostoffice(Stream<MsMailAddress> addresses) {
        Map<String, Integer> counts = new TreeMap<>();
        addresses.forEach(a -> counts.merge(a.postofficeKey(), 1, Integer::sum));
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
    }
}

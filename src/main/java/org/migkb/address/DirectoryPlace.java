package org.migkb.address;

import java.util.Optional;

/**
 * Where a recipient lives in the Exchange directory: its recipients container and its site,
 * each "" when the source does not tell.
 */
public record DirectoryPlace(String container, String site) {

    public static final DirectoryPlace UNKNOWN = new DirectoryPlace("", "");

    /**
     * The place from what an export says: the container from {@code containerCell} when it has a
     * value (a DN such as {@code /o=ORG/ou=SITE/cn=Recipients}, Q244595, or a bare container
     * name), else from the {@code cn=} just above the object in {@code objectDn}; the site from
     * the container's DN when it names one, else from the object's DN.
     *
     * @param containerCell an {@code Obj-Container} value, or ""
     * @param objectDn      the object's own DN in either spelling ({@link ExchangeDn}), or ""
     */
    public static DirectoryPlace of(String containerCell, String objectDn) {
        String cell = containerCell == null ? "" : containerCell.strip();
        Optional<ExchangeDn> containerDn = looksLikeDn(cell) ? ExchangeDn.parse(cell) : Optional.empty();
        Optional<ExchangeDn> ownDn = ExchangeDn.parse(objectDn);
        String container = cell.isEmpty() ? ownDn.map(ExchangeDn::containerOfObject).orElse("")
                : containerDn.map(ExchangeDn::containerItself).orElse(looksLikeDn(cell) ? "" : cell);
        String site = containerDn.map(ExchangeDn::site).filter(s -> !s.isEmpty())
                .orElseGet(() -> ownDn.map(ExchangeDn::site).orElse(""));
        return new DirectoryPlace(container, site);
    }

    /** The place an already parsed DN of the object tells. */
    public static DirectoryPlace of(ExchangeDn objectDn) {
        return new DirectoryPlace(objectDn.containerOfObject(), objectDn.site());
    }

    private static boolean looksLikeDn(String cell) {
        return cell.startsWith("/") || cell.indexOf('=') >= 0;
    }
}

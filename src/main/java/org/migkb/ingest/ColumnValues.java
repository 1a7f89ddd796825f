package org.migkb.ingest;

import org.migkb.address.ExchangeDn;
import org.migkb.address.NtAccount;
import org.migkb.address.ProxyAddress;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each known column of a directory export, user list or primary file may hold (Q146304,
 * Q150438). A value that does not fit its column is the mark of a row whose columns are
 * shifted, typically by an unquoted separator in a display name: such a row is not read.
 * Blank cells and {@code ~DEL} fit every column; whether a column must have a value is the
 * reader's concern.
 *
 * <p>Columns are named by the readers' canonical keys ({@code homeServer}, {@code addresses}...).
 */
final class ColumnValues {

    private enum Kind {
        OBJECT_CLASS("an object class name (Mailbox, Remote, dl...)"),
        MODE("a mode (Create, Modify, Delete, Update or blank)"),
        SERVER("a server name"),
        ADDRESSES("an address of the form TYPE:value"),
        YES_NO("Y or N"),
        NT_ACCOUNT("a Windows NT account (DOMAIN\\user)"),
        DISTINGUISHED_NAME("a distinguished name (/o=ORG/ou=SITE/cn=...)"),
        CONTAINER("a container's name or distinguished name"),
        BOOLEAN("True or False (1 or 0, Y or N)");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    private static final Map<String, Kind> KIND_BY_COLUMN = Map.ofEntries(
            Map.entry("objClass", Kind.OBJECT_CLASS),
            Map.entry("mode", Kind.MODE),
            Map.entry("homeServer", Kind.SERVER),
            Map.entry("addresses", Kind.ADDRESSES),
            Map.entry("secondary", Kind.ADDRESSES),
            Map.entry("target", Kind.ADDRESSES),
            Map.entry("proxies", Kind.ADDRESSES),
            Map.entry("migrateUser", Kind.YES_NO),
            Map.entry("ntAccount", Kind.NT_ACCOUNT),
            Map.entry("distName", Kind.DISTINGUISHED_NAME),
            Map.entry("container", Kind.CONTAINER),
            Map.entry("hidden", Kind.BOOLEAN));

    /**
     * Columns a row may not leave off at its end: they name the object or hold what the rules
     * read. Any other column may be missing from a short row, as spreadsheets save rows whose
     * last cells are empty.
     */
    private static final Set<String> NEVER_LEFT_OFF = Set.of("objClass", "mode", "directoryName", "alias", "addresses",
            "proxies", "mailbox", "fullName", "migrateUser", "commonName");

    /**
     * An object class name: letters, digits, blanks and hyphens, several joined by {@code ;} in an
     * Active Directory export. Any such name is accepted, known or not (Mailbox-Agent, Site...): the
     * class is the first column, which no separator inside a later value can shift, so the check
     * only refuses what cannot be a class at all, such as an address.
     */
    private static final Pattern OBJECT_CLASS = Pattern.compile("[A-Za-z][A-Za-z0-9 -]{0,63}(;\\s*[A-Za-z][A-Za-z0-9 -]{0,63})*");

    private static final Set<String> MODES = Set.of("create", "modify", "delete", "update");

    private static final Set<String> YES_NO = Set.of("y", "n", "yes", "no");

    /**
     * A NetBIOS-like computer name, or the user list's {@code ~SERVER} placeholder (Q150438).
     * A distinguished name ({@code /o=Org/ou=Site/cn=Servers/cn=NAME}) is accepted too, in
     * case an export writes one (unverified).
     */
    private static final Pattern SERVER = Pattern.compile("~?[A-Za-z0-9][A-Za-z0-9_.$-]{0,62}|/[oO]=.*");

    /**
     * A container's bare name ({@code Recipients}, or a localised one): no character an address,
     * an account or a list needs.
     */
    private static final Pattern CONTAINER_NAME = Pattern.compile("[^:;%@\\\\/|=<>\"]{1,64}");

    private ColumnValues() {
    }

    /** Why a cell of the row does not fit its column (the leftmost such), or null when all fit. */
    static String problem(Columns columns, CsvRows.Row row) {
        for (String column : columns.checked()) {
            Kind kind = KIND_BY_COLUMN.get(column);
            String value = columns.get(row, column);
            if (!fits(kind, value)) {
                return columns.headerAt(columns.index(column)) + " holds '" + Excerpt.of(value) + "', which is not "
                        + kind.expected + ": a separator inside an earlier value may have shifted the columns; row skipped";
            }
        }
        return null;
    }

    /** The columns of a header whose values are checked, in header order. */
    static List<String> checkedColumns(Columns columns) {
        return KIND_BY_COLUMN.keySet().stream()
                .filter(column -> columns.index(column) >= 0)
                .sorted(Comparator.comparingInt(columns::index))
                .toList();
    }

    /** Whether a short row may end before {@code column}, the cell being read as empty. */
    static boolean mayBeLeftOff(String column) {
        return !NEVER_LEFT_OFF.contains(column);
    }

    private static boolean fits(Kind kind, String value) {
        if (value.isEmpty() || value.equalsIgnoreCase(DirectoryValues.CLEAR)) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case OBJECT_CLASS -> OBJECT_CLASS.matcher(value).matches();
            case MODE -> MODES.contains(lower);
            case SERVER -> SERVER.matcher(value).matches();
            // Some value must be an address; a stray piece beside one is the reader's to warn about
            // (an unescaped % inside an address splits it, Q156063).
            // A ~del<TYPE:value> removal (Q184536) stands for an address too.
            case ADDRESSES -> DirectoryValues.split(value).stream()
                    .anyMatch(p -> ProxyAddress.parse(p).isPresent() || DirectoryValues.isRemoval(p));
            case YES_NO -> YES_NO.contains(lower);
            case NT_ACCOUNT -> NtAccount.isAccountList(value);
            case DISTINGUISHED_NAME -> ExchangeDn.parse(value).isPresent();
            case CONTAINER -> CONTAINER_NAME.matcher(value).matches() || ExchangeDn.parse(value).isPresent();
            case BOOLEAN -> DirectoryValues.flag(value).isPresent();
        };
    }
}

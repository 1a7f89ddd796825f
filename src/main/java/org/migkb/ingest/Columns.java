package org.migkb.ingest;

import org.migkb.address.ProxyAddress;
import org.migkb.facts.Provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;


/**
 * A header row, matched case-insensitively and by known synonyms: the articles spell the same
 * column {@code Alias Name} or {@code Mail-Nickname}, {@code E-mail Address} or
 * {@code E-mail Addresses}. Names are compared after dropping case, blanks, hyphens and
 * underscores.
 */
final class Columns {

    private final Map<String, Integer> indexByCanonical = new HashMap<>();
    private final List<String> header;
    private final int width;
    /** The header's width without its trailing empty cells. */
    private final int namedWidth;
    private final Supplier<RowWidths> measure;
    /** The columns of this header whose values {@link ColumnValues} checks, left to right. */
    private final List<String> checked;
    private RowWidths widths;
    private boolean shortRowNoted;

    /**
     * @param header    the header cells as written
     * @param synonyms  canonical column name to the spellings that mean it, preferred first:
     *                  when a header has two of them, the earlier spelling wins
     */
    Columns(List<String> header, Map<String, List<String>> synonyms) {
        this(header, synonyms, () -> RowWidths.UNKNOWN);
    }

    /**
     * @param widths the file's row widths, measured when a row with blank extra fields must be
     *               judged (once at most)
     */
    Columns(List<String> header, Map<String, List<String>> synonyms, Supplier<RowWidths> widths) {
        this.header = List.copyOf(header);
        this.width = header.size();
        this.measure = widths;
        int named = header.size();
        while (named > 0 && header.get(named - 1).isBlank()) {
            named--;
        }
        this.namedWidth = named;
        Map<String, Integer> indexBySpelling = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            indexBySpelling.putIfAbsent(normalise(header.get(i)), i);
        }
        synonyms.forEach((canonical, spellings) -> spellings.stream()
                .map(s -> indexBySpelling.get(normalise(s)))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .ifPresent(index -> indexByCanonical.put(canonical, index)));
        this.checked = ColumnValues.checkedColumns(this);
    }

    static String normalise(String headerCell) {
        StringBuilder sb = new StringBuilder();
        for (char c : headerCell.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits a line at a separator without honouring quotes: enough to judge a header or a first line. */
    static List<String> splitLine(String line, char separator) {
        return ProxyAddress.splitAt(line, separator);
    }

    /** How many of the cells are known columns: used to choose the column separator. */
    static long knownCount(List<String> header, Map<String, List<String>> synonyms) {
        return new Columns(header, synonyms).indexByCanonical.size();
    }

    /**
     * Picks the column separator of a header line: the candidate (comma, tab, semicolon, pipe)
     * that splits it into the most known column names; comma when none does better
     * (Q152472: the Administrator's separators can be changed).
     */
    static char chooseSeparator(String headerLine, Map<String, List<String>> synonyms) {
        char best = ',';
        long bestCount = -1;
        for (char candidate : new char[] {',', '\t', ';', '|'}) {
            long count = knownCount(splitLine(headerLine, candidate), synonyms);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether a data row can be believed; when not, warns at its line why. A row is read when its
     * fields fit the header (see {@link #widthProblem}) and its values fit their columns
     * ({@link ColumnValues}). The first short row read is reported once per file.
     */
    boolean fits(CsvRows.Row row, Provenance at, FactSink sink) {
        String problem = widthProblem(row);
        if (problem == null) {
            problem = ColumnValues.problem(this, row);
        }
        if (problem != null) {
            sink.warn(at, problem);
            return false;
        }
        int size = row.fields().size();
        if (size < namedWidth && !shortRowNoted) {
            shortRowNoted = true;
            sink.warn(at, size + " fields where the header has " + width + "; the missing last cells ("
                    + String.join(", ", header.subList(size, namedWidth)) + ") are read as empty, as spreadsheets save"
                    + " rows whose last cells are empty (the directory import would reject such a row, Q155414);"
                    + " further short rows of this file are read alike without a warning");
        }
        return true;
    }

    /**
     * Why a row's fields cannot be read against this header, or null when they can. The real
     * import wants exactly the header's count (Q155414, event 291); we are more tolerant only
     * where a spreadsheet explains the difference:
     * <ul>
     * <li>extra fields that are blank and make the row as wide as the header line, or as most
     *     rows of the file (trailing separators a spreadsheet pads every row with). Blank extra
     *     fields any other row lacks come from a separator inside a value, which shifts every
     *     column after it;</li>
     * <li>missing fields at the end of the row, when none of the missing columns is one a row
     *     must have ({@link ColumnValues#mayBeLeftOff}): spreadsheets drop trailing empty cells.</li>
     * </ul>
     * A value under no named header column is never accepted.
     */
    String widthProblem(CsvRows.Row row) {
        List<String> fields = row.fields();
        int size = fields.size();
        String count = size + " fields where the header has " + width;
        for (int i = namedWidth; i < size; i++) {
            if (!fields.get(i).isBlank()) {
                return i < width
                        ? "field " + (i + 1) + " has a value where the header names no column; row skipped"
                        : count + "; row skipped";
            }
        }
        if (size < namedWidth) {
            boolean leftOffMayBe = indexByCanonical.entrySet().stream()
                    .filter(e -> e.getValue() >= size)
                    .allMatch(e -> ColumnValues.mayBeLeftOff(e.getKey()));
            return leftOffMayBe ? null : count + "; row skipped";
        }
        if (size > namedWidth && size != width && !widths().mostRowsHave(size)) {
            return count + "; the extra fields are blank, but neither the header nor most rows are padded so: a"
                    + " separator inside a value (an unquoted comma in a name?) has shifted the columns after it;"
                    + " row skipped";
        }
        return null;
    }

    private RowWidths widths() {
        if (widths == null) {
            widths = measure.get();
        }
        return widths;
    }

    /** The columns whose values are checked, in header order: worked out once per file, not per row. */
    List<String> checked() {
        return checked;
    }

    /** The header cell at {@code index}, as written. */
    String headerAt(int index) {
        return header.get(index).trim();
    }

    boolean has(String canonical) {
        return indexByCanonical.containsKey(canonical);
    }

    int index(String canonical) {
        return indexByCanonical.getOrDefault(canonical, -1);
    }

    int width() {
        return width;
    }

    /** The trimmed value of a column in a row; "" when the column or the cell is absent. */
    String get(CsvRows.Row row, String canonical) {
        return row.field(index(canonical));
    }
}

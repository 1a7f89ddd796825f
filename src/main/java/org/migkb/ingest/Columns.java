package org.migkb.ingest;

import org.migkb.address.ProxyAddress;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * A header row, matched case-insensitively and by known synonyms: the articles spell the same
 * column {@code Alias Name} or {@code Mail-Nickname}, {@code E-mail Address} or
 * {@code E-mail Addresses}. Names are compared after dropping case, blanks, hyphens and
 * underscores.
 */
final class Columns {

    private final Map<String, Integer> indexByCanonical = new HashMap<>();
    private final int width;

    /**
     * @param header    the header cells as written
     * @param synonyms  canonical column name to the spellings that mean it, preferred first:
     *                  when a header has two of them, the earlier spelling wins
     */
    Columns(List<String> header, Map<String, List<String>> synonyms) {
        this.width = header.size();
        Map<String, Integer> indexBySpelling = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            indexBySpelling.putIfAbsent(normalise(header.get(i)), i);
        }
        synonyms.forEach((canonical, spellings) -> spellings.stream()
                .map(s -> indexBySpelling.get(normalise(s)))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .ifPresent(index -> indexByCanonical.put(canonical, index)));
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
     * Why a row cannot be read against this header, or null when it can. Extra cells that are
     * all blank are tolerated (spreadsheet programs add trailing separators).
     */
    String widthProblem(CsvRows.Row row) {
        int size = row.fields().size();
        if (size < width) {
            return size + " fields where the header has " + width + "; row skipped";
        }
        for (int i = width; i < size; i++) {
            if (!row.fields().get(i).isBlank()) {
                return size + " fields where the header has " + width + "; row skipped";
            }
        }
        return null;
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

package org.migkb.ingest;

import org.migkb.facts.EventRecord;
import org.migkb.facts.Provenance;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Delimited event exports. Event Viewer's "Save Log File As" comma-delimited or tab-delimited
 * text: {@code Date, Time, Source, Type, Category, Event, User, Computer, Description}, with or
 * without a header line; without one, the column order is read off the first record (where the
 * event type stands), because Windows versions differ. An unquoted description containing the
 * separator is joined back together. Also PowerShell's {@code Export-Csv} of
 * {@code Get-WinEvent} or {@code Get-EventLog}, with or without the {@code #TYPE} line that
 * Windows PowerShell 5.1 writes first.
 */
public final class EventLogCsvReader implements FormatReader {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "date", List.of("Date", "TimeCreated", "TimeGenerated"),
            "time", List.of("Time"),
            "source", List.of("Source", "ProviderName", "Provider Name"),
            "type", List.of("Type", "LevelDisplayName", "EntryType", "Event Type", "Level"),
            "category", List.of("Category", "Task Category", "TaskDisplayName"),
            "event", List.of("Event", "Event ID", "EventID", "Id", "InstanceId"),
            "user", List.of("User", "UserName", "UserId"),
            "computer", List.of("Computer", "MachineName"),
            "description", List.of("Description", "Message"));
    /** The first line of Windows PowerShell 5.1's Export-Csv, naming the .NET type. */
    private static final String TYPE_LINE = "#TYPE";

    private static final List<String> DATE_FIRST = List.of(
            "Date", "Time", "Source", "Type", "Category", "Event", "User", "Computer", "Description");
    private static final List<String> TYPE_FIRST = List.of(
            "Type", "Date", "Time", "Source", "Category", "Event", "User", "Computer", "Description");
    private static final Set<String> TYPES = Set.of(
            "error", "warning", "information", "success audit", "failure audit", "audit success", "audit failure");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}");

    @Override
    public String format() {
        return "event-log-csv";
    }

    /** The first line that is neither blank nor PowerShell's {@code #TYPE} line. */
    private static String firstDataLine(Preview preview) {
        return preview.lines().stream().filter(l -> !l.isBlank() && !l.startsWith(TYPE_LINE)).findFirst().orElse("");
    }

    @Override
    public boolean recognises(Preview preview) {
        String first = firstDataLine(preview);
        for (char separator : new char[] {',', '\t'}) {
            List<String> cells = Columns.splitLine(first, separator);
            Columns header = new Columns(cells, COLUMNS);
            if (header.has("source") && header.has("event") && (header.has("type") || header.has("date"))) {
                return true;
            }
            if (orderOf(cells) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        String first = firstDataLine(preview);
        char separator = Columns.splitLine(first, '\t').size() > Columns.splitLine(first, ',').size() ? '\t' : ',';
        var file = new Object() {
            Columns columns;
        };
        CsvRows.forEachRow(source, preview.encoding(), separator, name, sink, row -> {
            if (file.columns == null) {
                if (row.field(0).startsWith(TYPE_LINE)) {
                    return true;
                }
                Columns header = new Columns(row.fields(), COLUMNS);
                if (header.has("source") && header.has("event")) {
                    file.columns = header;
                    return true;
                }
                List<String> order = orderOf(row.fields());
                if (order == null) {
                    sink.record();
                    sink.warn(Provenance.ofLine(name, row.line()),
                            "no header and the column order cannot be told from this record; file not read");
                    return false;
                }
                file.columns = new Columns(order, COLUMNS);
            }
            sink.record();
            readRow(row, file.columns, separator, name, sink);
            return true;
        });
    }

    private static void readRow(CsvRows.Row row, Columns columns, char separator, String name, FactSink sink) {
        Provenance at = Provenance.ofLine(name, row.line());
        if (row.fields().size() <= columns.index("event")) {
            sink.warn(at, row.fields().size() + " fields: too few for an event record; skipped");
            return;
        }
        String eventText = columns.get(row, "event");
        if (!NUMBER.matcher(eventText).matches()) {
            sink.warn(at, "event ID '" + Excerpt.of(eventText) + "' is not a number; skipped");
            return;
        }
        long rawId = Long.parseLong(eventText);
        int eventId = (int) (rawId & 0xFFFF); // a full classic ID carries severity bits above the code
        String source = columns.get(row, "source");
        if (!sink.wantsEvent(source, eventId)) {
            return; // counted as a record; no rule can use it
        }
        String type = columns.get(row, "type");
        if (NUMBER.matcher(type).matches()) {
            type = EventLevels.ofLevel(type); // Get-WinEvent's Level column
        }
        String time = (columns.get(row, "date") + " " + columns.get(row, "time")).trim();
        sink.fact(new EventRecord(source, source.toUpperCase(Locale.ROOT), eventId, type,
                columns.get(row, "category"), time, columns.get(row, "computer"), columns.get(row, "user"),
                description(row, columns, separator), List.of(), at));
    }

    /** The description, with any cells past the last column joined back (unquoted separators in the text). */
    private static String description(CsvRows.Row row, Columns columns, char separator) {
        int index = columns.index("description");
        if (index < 0 || index >= row.fields().size()) {
            return "";
        }
        if (index != columns.width() - 1) {
            return row.field(index);
        }
        return String.join(String.valueOf(separator), row.fields().subList(index, row.fields().size())).trim();
    }

    /** The column order of a header-less record, told by where its event type stands; null if neither. */
    private static List<String> orderOf(List<String> cells) {
        if (cells.size() < 6) {
            return null;
        }
        if (isType(cells, 3) && isNumber(cells, 5)) {
            return DATE_FIRST;
        }
        if (isType(cells, 0) && isNumber(cells, 5)) {
            return TYPE_FIRST;
        }
        return null;
    }

    private static boolean isType(List<String> cells, int i) {
        return TYPES.contains(cells.get(i).trim().replace("\"", "").toLowerCase(Locale.ROOT));
    }

    private static boolean isNumber(List<String> cells, int i) {
        return NUMBER.matcher(cells.get(i).trim().replace("\"", "")).matches();
    }
}

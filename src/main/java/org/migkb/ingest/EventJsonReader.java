package org.migkb.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.migkb.facts.EventRecord;
import org.migkb.facts.Provenance;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell's {@code ConvertTo-Json} of {@code Get-WinEvent} (Id, ProviderName,
 * LevelDisplayName, TimeCreated, MachineName, RecordId, Message, Properties) or of
 * {@code Get-EventLog} (EventID, Source, EntryType, TimeGenerated, MachineName, Index, Message,
 * ReplacementStrings): an array of events, or one event alone. Streamed one event at a time;
 * each is cited by the line its object starts on. Dates come as Windows PowerShell 5.1's
 * {@code /Date(ms)/} or as ISO text (PowerShell 7).
 */
public final class EventJsonReader implements FormatReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d{1,15})[^)]*\\)/");

    @Override
    public String format() {
        return "event-log-json";
    }

    @Override
    public boolean recognises(Preview preview) {
        String first = preview.firstNonBlankLine().stripLeading();
        if (!first.startsWith("[") && !first.startsWith("{")) {
            return false;
        }
        String start = String.join("\n", preview.lines());
        return start.contains("\"ProviderName\"") || (start.contains("\"EventID\"") && start.contains("\"Source\""))
                || (start.contains("\"Id\"") && start.contains("\"LevelDisplayName\""));
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        try (Reader text = preview.encoding().openReader(source); JsonParser json = FACTORY.createParser(text)) {
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_OBJECT) {
                readEvent(json, name, sink);
            } else if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY && token != null; token = json.nextToken()) {
                    if (token == JsonToken.START_OBJECT) {
                        readEvent(json, name, sink);
                    } else {
                        json.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            sink.warn(Provenance.ofLine(name, line), "malformed JSON (" + Excerpt.message(e.getOriginalMessage())
                    + "); the rest of the file was not read");
        }
    }

    /** Reads the object the parser stands at the start of. */
    private static void readEvent(JsonParser json, String name, FactSink sink) throws IOException {
        Provenance at = Provenance.ofLine(name, json.currentTokenLocation().getLineNr());
        JsonNode event = MAPPER.readTree(json);
        sink.record();
        String source = text(event, "ProviderName", "Source");
        JsonNode id = first(event, "Id", "EventID");
        if (source.isEmpty() || id == null || !id.canConvertToLong()) {
            sink.warn(at, "event without a ProviderName/Source or a numeric Id/EventID; skipped");
            return;
        }
        if (!sink.wantsEvent(source, (int) (id.asLong() & 0xFFFF))) {
            return; // counted as a record; no rule can use it
        }
        List<String> strings = new ArrayList<>();
        JsonNode properties = first(event, "Properties", "ReplacementStrings");
        if (properties != null && properties.isArray()) {
            properties.forEach(p -> strings.add(p.isObject() ? p.path("Value").asText("") : p.asText("")));
        }
        String message = text(event, "Message");
        sink.fact(new EventRecord(source, source.toUpperCase(Locale.ROOT), (int) (id.asLong() & 0xFFFF), type(event),
                text(event, "TaskDisplayName", "Category"), time(text(event, "TimeCreated", "TimeGenerated")),
                text(event, "MachineName"), text(event, "UserId", "UserName"),
                message.isEmpty() ? String.join("\n", strings) : message, strings, at));
    }

    private static String type(JsonNode event) {
        String display = text(event, "LevelDisplayName");
        if (!display.isEmpty()) {
            return display;
        }
        JsonNode entryType = event.get("EntryType"); // Get-EventLog: a number (5.1) or a name (7)
        if (entryType != null) {
            return entryType.isNumber() ? EventLevels.ofClassicType(entryType.asInt()) : entryType.asText();
        }
        JsonNode level = event.get("Level");
        return level != null && level.isNumber() ? EventLevels.ofLevel(level.asInt()) : "";
    }

    /** ISO-8601 UTC for {@code /Date(ms)/}; any other text as written. */
    private static String time(String value) {
        Matcher ms = MS_DATE.matcher(value);
        return ms.find() ? Instant.ofEpochMilli(Long.parseLong(ms.group(1))).toString() : value;
    }

    private static JsonNode first(JsonNode event, String... names) {
        for (String n : names) {
            JsonNode value = event.get(n);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode event, String... names) {
        JsonNode value = first(event, names);
        return value == null || value.isContainerNode() ? "" : value.asText().strip();
    }
}

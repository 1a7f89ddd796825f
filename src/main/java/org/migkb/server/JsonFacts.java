package org.migkb.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.migkb.address.DirectoryPlace;
import org.migkb.address.MsMailAddress;
import org.migkb.address.NtAccount;
import org.migkb.address.ProxyAddress;
import org.migkb.facts.Answer;
import org.migkb.knowledge.Questions;
import org.migkb.facts.EventRecord;
import org.migkb.facts.MigrateValue;
import org.migkb.facts.Names;
import org.migkb.facts.Provenance;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.RecipientKind;
import org.migkb.facts.UserList;
import org.migkb.facts.WizardUser;
import org.migkb.ingest.CaseData;
import org.migkb.ingest.InputSummary;
import org.migkb.ingest.InputWarning;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A case sent as JSON instead of files ({@code POST /api/v1/diagnoses} with a JSON body): events,
 * user-list rows, directory objects with their addresses, and answers, in their natural fields.
 * The keys the rules join on are computed here, as the file readers compute them. Each fact is
 * cited as {@code request/SECTION#N}.
 */
final class JsonFacts {

    /** Far deeper than a case's facts go (4 levels), far shallower than a parser-exhausting body. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Longer than any real cell, address or event text; a longer string is an abuse, not a case. */
    static final int MAX_STRING_CHARS = 1 << 20;

    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_CHARS).build())
            .build());

    private JsonFacts() {
    }

    /**
     * Reads a JSON body while it streams in, refusing it with 413 once it passes {@code maxBytes}
     * (chunked or not) or a nesting or string limit, and with 400 when it is not JSON.
     */
    static JsonNode read(InputStream body, long maxBytes) {
        try {
            return READER.readTree(new BoundedBody(body, maxBytes));
        } catch (StreamConstraintsException e) {
            throw new ApiException(413, "the JSON body is nested deeper than " + MAX_NESTING_DEPTH
                    + " levels or holds a string longer than " + MAX_STRING_CHARS + " characters");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ApiException(400, "the body is not valid JSON: " + ClientErrors.plain(e.getOriginalMessage()) + where);
        } catch (IOException e) {
            ApiException known = ClientErrors.of(e, maxBytes, 0);
            throw known != null ? known : new ApiException(400, "the body could not be read to its end");
        }
    }

    /** The case and the answers the body holds; a field of the wrong shape is a 400 naming it. */
    record Parsed(CaseData data, List<Answer> answers) {
    }

    static Parsed parse(JsonNode body, Questions questions) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "the JSON body must be an object with events, users, recipients and answers");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("events", "users", "recipients", "answers").contains(name)) {
                throw new ApiException(400, "unknown field '" + name + "'; the fields are events, users, recipients, answers");
            }
        }
        List<Object> facts = new ArrayList<>();
        List<InputSummary> inputs = new ArrayList<>();
        inputs.add(section("request/events", array(body, "events"), facts, JsonFacts::event));
        List<Object> users = new ArrayList<>();
        InputSummary userSummary = section("request/users", array(body, "users"), users, JsonFacts::user);
        if (!users.isEmpty()) {
            facts.add(new UserList("request/users", null, true, Provenance.ofFile("request/users")));
            facts.addAll(users);
        }
        inputs.add(userSummary);
        inputs.add(section("request/recipients", array(body, "recipients"), facts, JsonFacts::recipient));
        List<Answer> answers = new ArrayList<>();
        JsonNode given = body.get("answers");
        if (given != null) {
            if (!given.isObject()) {
                throw new ApiException(400, "answers must be an object of key: value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> answer = it.next();
                try {
                    answers.add(questions.of(answer.getKey(), answer.getValue().asText()));
                } catch (IllegalArgumentException e) {
                    throw new ApiException(400, e.getMessage());
                }
            }
        }
        return new Parsed(new CaseData(facts, inputs), answers);
    }

    @FunctionalInterface
    private interface Reader {
        List<Object> read(JsonNode item, Provenance at);
    }

    private static InputSummary section(String name, List<JsonNode> items, List<Object> facts, Reader reader) {
        List<InputWarning> warnings = new ArrayList<>();
        long kept = 0;
        for (int i = 0; i < items.size(); i++) {
            Provenance at = Provenance.ofRecord(name, i + 1);
            try {
                List<Object> read = reader.read(items.get(i), at);
                facts.addAll(read);
                kept += read.size();
            } catch (IllegalArgumentException e) {
                warnings.add(new InputWarning(at.cite(), e.getMessage() + "; skipped"));
            }
        }
        return new InputSummary(name, "json-facts", null, items.size(), kept, warnings);
    }

    private static List<JsonNode> array(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ApiException(400, field + " must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? "" : value.asText().strip();
    }

    private static String required(JsonNode item, String field) {
        String value = text(item, field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static List<Object> event(JsonNode item, Provenance at) {
        String source = required(item, "source");
        JsonNode id = item.get("eventId");
        if (id == null || !id.canConvertToLong()) {
            throw new IllegalArgumentException("eventId must be a number");
        }
        List<String> strings = new ArrayList<>();
        JsonNode given = item.get("strings");
        if (given != null && given.isArray()) {
            given.forEach(s -> strings.add(s.asText()));
        }
        return List.of(new EventRecord(source, source.toUpperCase(Locale.ROOT), (int) (id.asLong() & 0xFFFF),
                text(item, "type"), text(item, "category"), text(item, "time"), text(item, "computer"), text(item, "user"),
                text(item, "description"), strings, at));
    }

    private static List<Object> user(JsonNode item, Provenance at) {
        MsMailAddress address = MsMailAddress.parse(required(item, "msAddress"))
                .orElseThrow(() -> new IllegalArgumentException("msAddress is not NET/PO/MAILBOX"));
        String commonName = text(item, "commonName").isEmpty() ? address.mailbox() : text(item, "commonName");
        MigrateValue migrateValue;
        try {
            migrateValue = text(item, "migrateValue").isEmpty() ? MigrateValue.PRESENT
                    : MigrateValue.valueOf(text(item, "migrateValue").toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("migrateValue must be present, absent, mismatched or no-column");
        }
        boolean migrating = !item.has("migrating") || item.get("migrating").asBoolean(true);
        String ntAccount = NtAccount.first(text(item, "ntAccount"));
        return List.of(new WizardUser(address.key(), address.mailbox().toUpperCase(Locale.ROOT), commonName,
                commonName.toUpperCase(Locale.ROOT), Names.key(text(item, "fullName")), text(item, "mode"), migrating,
                migrateValue, "request/users", ntAccount, NtAccount.key(ntAccount), at));
    }

    private static boolean hidden(JsonNode item) {
        JsonNode hidden = item.get("hidden");
        if (hidden == null || hidden.isNull()) {
            return false;
        }
        if (!hidden.isBoolean()) {
            throw new IllegalArgumentException("hidden must be true or false");
        }
        return hidden.booleanValue();
    }

    private static List<Object> recipient(JsonNode item, Provenance at) {
        String directoryName = required(item, "directoryName");
        String kindText = text(item, "kind").isEmpty() ? "mailbox" : text(item, "kind");
        RecipientKind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
            case "mailbox" -> RecipientKind.MAILBOX;
            case "custom-recipient", "remote" -> RecipientKind.CUSTOM_RECIPIENT;
            case "distribution-list", "dl" -> RecipientKind.DISTRIBUTION_LIST;
            default -> throw new IllegalArgumentException("kind must be mailbox, custom-recipient or distribution-list");
        };
        String alias = text(item, "alias");
        String displayName = text(item, "displayName");
        String id = at.cite();
        List<Object> facts = new ArrayList<>();
        boolean secondaries = !item.has("secondariesExported") || item.get("secondariesExported").asBoolean(true);
        // As the export reader does: the container and site from their own fields, else from the DN.
        DirectoryPlace place = DirectoryPlace.of(text(item, "container"), text(item, "exchangeDn"));
        String site = text(item, "site").isEmpty() ? place.site() : text(item, "site");
        String ntAccount = NtAccount.first(text(item, "ntAccount"));
        facts.add(new Recipient(id, kind, directoryName, directoryName.toUpperCase(Locale.ROOT), alias,
                alias.toUpperCase(Locale.ROOT), displayName, Names.key(displayName), text(item, "homeServer"), secondaries,
                text(item, "created"), text(item, "exchangeDn"), place.container(), place.container().toUpperCase(Locale.ROOT),
                site, site.toUpperCase(Locale.ROOT), ntAccount, NtAccount.key(ntAccount), hidden(item), at));
        JsonNode addresses = item.get("addresses");
        if (addresses != null && addresses.isArray()) {
            for (JsonNode address : addresses) {
                Optional<ProxyAddress> proxy = ProxyAddress.parse(address.asText());
                if (proxy.isEmpty()) {
                    throw new IllegalArgumentException("'" + address.asText() + "' is not an address of the form TYPE:value");
                }
                facts.add(new RecipientAddress(id, proxy.get().type(), proxy.get().value(),
                        proxy.get().msMailAddress().map(MsMailAddress::key).orElse(null), proxy.get().typeInCapitals(), at));
            }
        }
        return facts;
    }
}

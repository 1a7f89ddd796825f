package org.migkb.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the YAML files rule authors write (article files, scenario expectations) strictly: an
 * unknown or misspelled field is an error, reported as {@code file:line: message} with the line
 * of the field itself.
 */
public final class StrictYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictYaml() {
    }

    /**
     * @param name how errors name the file
     * @throws IOException {@code name:line: message} when the text is not valid YAML of that shape
     */
    public static <T> T read(String text, String name, Class<T> type) throws IOException {
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            if (e instanceof UnrecognizedPropertyException unknown) {
                // The parser has moved past the value by now; the field's own line is more useful.
                line = lineOfKey(text, unknown.getPropertyName(), line);
            }
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
                message = e.getCause().getMessage(); // a check of the record's own, already in the author's terms
            }
            throw new IOException(name + ":" + line + ": " + message.strip(), e);
        }
    }

    private static int lineOfKey(String text, String key, int fallback) {
        Pattern keyLine = Pattern.compile("^[\\s-]*" + Pattern.quote(key) + "\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (keyLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return fallback;
    }
}

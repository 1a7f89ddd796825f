package org.migkb.ingest;

import org.migkb.facts.Answer;
import org.migkb.facts.Answers;
import org.migkb.facts.Provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The engineer's answers kept with the case: a text file of {@code key=value} lines with the
 * keys of {@code --answer}, {@code #} starting a comment. Recognised when every line of its
 * start is blank, a comment or a known key; a bad value is a warning on its line.
 */
public final class AnswersFileReader implements FormatReader {

    private static final Pattern ANSWER_LINE = Pattern.compile(
            "\\s*(" + String.join("|", Answers.KEYS) + ")\\s*=.*");

    @Override
    public String format() {
        return "answers";
    }

    @Override
    public boolean recognises(Preview preview) {
        boolean any = false;
        for (String line : preview.lines()) {
            if (isIgnorable(line)) {
                continue;
            }
            if (!ANSWER_LINE.matcher(line).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isIgnorable(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        String name = source.name();
        try (BufferedReader reader = preview.encoding().openReader(source)) {
            readLines(new BoundedLines(reader), name, sink);
        }
    }

    private static void readLines(BoundedLines lines, String name, FactSink sink) throws IOException {
        int lineNumber = 0;
        for (BoundedLines.Line read = lines.next(); read != null; read = lines.next()) {
            lineNumber++;
            String line = read.text();
            if (isIgnorable(line)) {
                continue;
            }
            sink.record();
            Provenance at = Provenance.ofLine(name, lineNumber);
            if (read.isCut()) {
                sink.warn(at, "'" + Excerpt.of(line, read.length()) + "' is longer than the "
                        + InputLimits.CELL_CHARS + " an answer may have (-Dmigkb.maxCellChars); line ignored");
                continue;
            }
            try {
                Answer parsed = Answers.parse(line.strip());
                sink.fact(new Answer(parsed.key(), parsed.value(), parsed.number(), at));
            } catch (IllegalArgumentException e) {
                sink.warn(at, e.getMessage() + "; line ignored");
            }
        }
    }
}

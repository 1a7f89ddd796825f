package org.migkb.ingest;

import org.migkb.facts.Answer;
import org.migkb.facts.Provenance;
import org.migkb.knowledge.Questions;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The engineer's answers kept with the case: a text file of {@code key=value} lines with the
 * keys of {@code --answer}, {@code #} starting a comment. Recognised when every line of its
 * start is blank, a comment or {@code key=value} with a camelCase key (the form every question
 * key has), so that a key an article folder adds is recognised too; an unknown key or a bad
 * value is a warning on its line, naming what the loaded articles accept.
 */
public final class AnswersFileReader implements FormatReader {

    /**
     * A camelCase key: lower-case start, letters and digits only. That keeps out the
     * {@code KEY=VALUE} of environment files, {@code a.b=c} properties, INI sections and
     * registry exports.
     */
    private static final Pattern ANSWER_LINE = Pattern.compile("\\s*[a-z][A-Za-z0-9]*\\s*=.*");

    private final Supplier<Questions> questions;

    /** Reading answers to the built-in articles' questions. */
    public AnswersFileReader() {
        this(Questions::builtIn);
    }

    /** Reading answers to these questions, asked for only when an answers file is read. */
    public AnswersFileReader(Supplier<Questions> questions) {
        this.questions = questions;
    }

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
            readLines(new BoundedLines(reader), name, sink, questions.get());
        }
    }

    private static void readLines(BoundedLines lines, String name, FactSink sink, Questions questions) throws IOException {
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
                Answer parsed = questions.parse(line.strip());
                sink.fact(new Answer(parsed.key(), parsed.value(), parsed.number(), at));
            } catch (IllegalArgumentException e) {
                sink.warn(at, e.getMessage() + "; line ignored");
            }
        }
    }
}

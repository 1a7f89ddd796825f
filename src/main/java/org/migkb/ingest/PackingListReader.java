package org.migkb.ingest;

import org.migkb.facts.PackingList;
import org.migkb.facts.Provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Migration Wizard's packing list ({@code .PKL}): the code page of the migration files on
 * its first content line, then the primary and secondary files of the set, one per line;
 * {@code !} starts a comment. The files it lists are written in that code page (Q158263
 * section 5.7.1: the packing list itself is in the machine's ANSI code page), so the loader
 * decodes them with it. Each listed file counts as a record; the code page becomes a
 * {@link PackingList} fact.
 */
public final class PackingListReader implements FormatReader {

    private static final Pattern CODE_PAGE = Pattern.compile("\\d{3,5}");
    private static final Pattern MIGRATION_FILE = Pattern.compile("(?i).+\\.(pri|sec)");

    @Override
    public String format() {
        return "migration-packing-list";
    }

    @Override
    public boolean recognises(Preview preview) {
        List<String> content = MigrationFiles.contentLines(preview.lines());
        return content.size() >= 2 && CODE_PAGE.matcher(content.get(0)).matches()
                && content.stream().skip(1).allMatch(l -> MIGRATION_FILE.matcher(l).matches());
    }

    @Override
    public Map<String, Charset> encodingsDeclared(Preview preview) {
        List<String> content = MigrationFiles.contentLines(preview.lines());
        Optional<Charset> charset = MigrationFiles.codePage(content.get(0));
        Map<String, Charset> declared = new LinkedHashMap<>();
        charset.ifPresent(cs -> content.stream().skip(1).forEach(f -> declared.put(MigrationFiles.key(fileName(f)), cs)));
        return declared;
    }

    @Override
    public void read(InputSource source, Preview preview, FactSink sink) throws IOException {
        try (BufferedReader reader = preview.encoding().openReader(source)) {
            int lineNumber = 0;
            boolean codePageSeen = false;
            BoundedLines lines = new BoundedLines(reader);
            for (BoundedLines.Line read = lines.next(); read != null; read = lines.next()) {
                lineNumber++;
                String line = read.text();
                if (line.isBlank() || MigrationFiles.isComment(line)) {
                    continue;
                }
                if (!codePageSeen) {
                    codePageSeen = true;
                    if (CODE_PAGE.matcher(line.strip()).matches()) {
                        sink.fact(new PackingList(source.name(), Integer.parseInt(line.strip()), Provenance.ofLine(source.name(), lineNumber)));
                    }
                    if (MigrationFiles.codePage(line.strip()).isEmpty()) {
                        sink.warn(Provenance.ofLine(source.name(), lineNumber), "code page " + Excerpt.of(line.strip())
                                + " is unknown to this Java runtime; the listed files are read with the detected encoding");
                    }
                    continue;
                }
                sink.record();
                if (!MIGRATION_FILE.matcher(line.strip()).matches()) {
                    sink.warn(Provenance.ofLine(source.name(), lineNumber), "'" + Excerpt.of(line.strip(), read.isCut() ? read.length() : line.strip().length())
                            + "' is not a primary (.PRI) or secondary (.SEC) file name; ignored");
                }
            }
        }
    }

    /** The file name without any folder the packing list wrote before it. */
    private static String fileName(String listed) {
        String name = listed.strip();
        int slash = Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}

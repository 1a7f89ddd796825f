package org.migkb.ingest;

import org.migkb.facts.Provenance;
import org.migkb.knowledge.Questions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads a case: files and folders (recursively, in sorted order, skipping hidden entries),
 * each file given to the first reader that recognises its content. Never modifies a file, and
 * never opens anything but a regular file: FIFOs, devices, sockets, links leaving the case folder
 * and loops are warned about and skipped ({@link CaseEntries}).
 */
public final class CaseLoader {

    /** Enough of a file to recognise any supported format. */
    private static final int PREVIEW_BYTES = 64 * 1024;
    private static final int PREVIEW_LINES = 20;
    /** The format of a file skipped because migkb wrote it as a remedy ({@link RemedyManifest}). */
    public static final String REMEDY_FORMAT = "migkb-remedy";
    /** The format of an entry not read at all: not a regular file, a link leaving the case, a loop, an unreadable folder. */
    public static final String SKIPPED_FORMAT = "skipped";
    /** Why a remedy file is not read. */
    static final String REMEDY_WARNING = "a remedy file migkb wrote (named in " + RemedyManifest.FILE_NAME
            + " beside it), not evidence; skipped. Move it out of that folder to have it read";

    private final List<FormatReader> readers;
    /** The engineer's {@code --encoding}, or null to detect each file's. */
    private final Charset forcedEncoding;
    /** Which facts to keep; the others are counted as records but not kept. */
    private final Predicate<Object> keep;
    /** Which events to build at all; the others are counted as records but not built. */
    private final EventFilter events;
    /** What one case archive may cost. */
    private final ArchiveLimits archiveLimits;

    public CaseLoader(List<FormatReader> readers) {
        this(readers, null, fact -> true, EventFilter.ALL, ArchiveLimits.standard());
    }

    private CaseLoader(List<FormatReader> readers, Charset forcedEncoding, Predicate<Object> keep, EventFilter events,
                       ArchiveLimits archiveLimits) {
        this.readers = List.copyOf(readers);
        this.forcedEncoding = forcedEncoding;
        this.keep = keep;
        this.events = events;
        this.archiveLimits = archiveLimits;
    }

    /** The same loader, reading text files that have no byte-order mark in the given encoding. */
    public CaseLoader withEncoding(Charset encoding) {
        return new CaseLoader(readers, encoding, keep, events, archiveLimits);
    }

    /**
     * The same loader, keeping only the facts the filter accepts (typically the events some
     * rule can use); the others still count as records read.
     */
    public CaseLoader keeping(Predicate<Object> filter) {
        return new CaseLoader(readers, forcedEncoding, filter, events, archiveLimits);
    }

    /**
     * The same loader, building only the events the filter wants (readers ask before they build
     * a record, so noise costs little); the others still count as records read.
     */
    public CaseLoader keepingEvents(EventFilter filter) {
        return new CaseLoader(readers, forcedEncoding, keep, filter, archiveLimits);
    }

    /** A loader with every built-in reader, reading answers to the built-in articles' questions. */
    public static CaseLoader withBuiltInReaders() {
        return withBuiltInReaders(Questions::builtIn);
    }

    /**
     * A loader with every built-in reader, reading answers files against these questions (asked
     * for only when an answers file is read).
     */
    public static CaseLoader withBuiltInReaders(Supplier<Questions> questions) {
        // Order matters only where two formats could both match: the user list before the
        // directory export, since both have an Obj-Class column; answers, the loosest, last.
        return new CaseLoader(List.of(new EvtLogReader(), new EvtxBinaryReader(), new EventXmlReader(),
                new EventJsonReader(), new LdifDirectoryReader(), new UserListReader(), new DirectoryExportReader(),
                new EventLogCsvReader(), new PackingListReader(), new PrimaryFileReader(), new AnswersFileReader(questions)));
    }

    /**
     * Reads every file under the given paths; {@code -} reads one file from standard input.
     *
     * @throws java.nio.file.NoSuchFileException when a path does not exist (a usage error, not bad input)
     */
    public CaseData load(List<Path> paths) throws IOException {
        List<CaseEntries.Entry> entries = CaseEntries.of(paths);
        try (Scratch scratch = new Scratch()) {
            List<CaseMember> members = new ArrayList<>(entries.size());
            for (CaseEntries.Entry entry : entries) {
                if (entry.skipped() != null) {
                    // Not a file, a link leaving the case, a loop, an unreadable folder: in path order, with its warning.
                    members.add(CaseMember.notRead(entry.name(), SKIPPED_FORMAT, entry.skipped()));
                } else if (CaseEntries.isStandardInput(entry.path())) {
                    members.add(standardInput(entry.name(), scratch));
                } else {
                    members.add(CaseMember.onDisk(entry.path(), entry.name()));
                }
            }
            return read(members, scratch);
        }
    }

    /**
     * Reads files that citations name as given (files uploaded to the service, named by the
     * uploader), in the order given; an archive among them is read like a folder.
     */
    public CaseData loadFiles(List<CaseFile> files) {
        try (Scratch scratch = new Scratch()) {
            return read(files.stream().map(f -> CaseMember.onDisk(f.path(), f.name())).toList(), scratch);
        }
    }

    /** The same loader, with other limits on what a case archive may cost. */
    public CaseLoader withArchiveLimits(ArchiveLimits limits) {
        return new CaseLoader(readers, forcedEncoding, keep, events, limits);
    }

    /** Standard input, copied to the scratch folder: readers open a file more than once. */
    private static CaseMember standardInput(String name, Scratch scratch) {
        try {
            Path copy = scratch.copy(System.in, Long.MAX_VALUE, "");
            return new CaseMember(name, copy, InputSource.of(copy, name), Files.size(copy), "", null);
        } catch (IOException e) {
            return CaseMember.notRead(name, "unknown", "could not be read: " + e.getMessage());
        }
    }

    private CaseData read(List<CaseMember> given, Scratch scratch) {
        CaseArchives archives = new CaseArchives(archiveLimits, scratch);
        List<CaseMember> members = new ArrayList<>();
        ParallelReads.map(given, CaseMember::size, member -> unpacked(member, archives)).forEach(members::addAll);
        Map<Integer, TextEncoding> detected = new ConcurrentHashMap<>();
        Map<String, Charset> declared = declaredEncodings(members, detected);
        List<Integer> order = java.util.stream.IntStream.range(0, members.size()).boxed().toList();
        List<FileRead> reads = ParallelReads.map(order, i -> members.get(i).size(), i -> {
            CaseMember member = members.get(i);
            if (!member.toRead()) {
                return new FileRead(List.of(), member.reported());
            }
            String fileName = member.name().substring(member.name().lastIndexOf('/') + 1);
            return readFile(member, declared.get(siblingKey(member.folder(), fileName)), detected.get(i));
        });
        List<Object> facts = new ArrayList<>();
        List<InputSummary> inputs = new ArrayList<>();
        for (FileRead read : reads) {
            facts.addAll(read.facts());
            inputs.add(read.summary());
        }
        return new CaseData(facts, inputs);
    }

    /**
     * The member itself, or what it stands for: a file of the case that is a remedy or not a
     * regular file is reported, an archive is replaced by its own line and its members.
     */
    private static List<CaseMember> unpacked(CaseMember member, CaseArchives archives) {
        if (!member.toRead()) {
            return List.of(member);
        }
        if (RemedyManifest.lists(member.path())) {
            return List.of(CaseMember.notRead(member.name(), REMEDY_FORMAT, REMEDY_WARNING));
        }
        if (!Files.isRegularFile(member.path())) {
            // Opening a FIFO blocks for ever and a device never ends: neither is evidence.
            return List.of(CaseMember.notRead(member.name(), SKIPPED_FORMAT, "not a regular file; skipped without opening it"));
        }
        CaseArchives.Kind kind;
        try {
            kind = CaseArchives.sniff(member.source());
        } catch (IOException | RuntimeException e) {
            return List.of(member); // reported when the file itself is read
        }
        return switch (kind) {
            case NONE -> List.of(member);
            case GZIP -> List.of(CaseMember.notRead(member.name(), "unknown",
                    "gzip-compressed, but not a tar archive; not read: unpack it and give the file instead"));
            default -> archives.expand(member, member.path(), kind);
        };
    }

    /** What one file gave: its facts in the order read, and its summary. */
    private record FileRead(List<Object> facts, InputSummary summary) {
    }

    /**
     * A file of the case and how citations name it.
     *
     * @param path where it is on disk
     * @param name how reports cite it
     */
    public record CaseFile(Path path, String name) {
    }

    /**
     * Encodings some files declare for others (a packing list for its migration files), keyed
     * by {@link #siblingKey}. A file that cannot be read here is reported when it is read.
     *
     * @param detected filled with the encoding detected for each member read, by its index
     */
    private Map<String, Charset> declaredEncodings(List<CaseMember> members, Map<Integer, TextEncoding> detected) {
        List<Integer> order = java.util.stream.IntStream.range(0, members.size()).boxed().toList();
        List<Map<String, Charset>> each = ParallelReads.map(order, i -> 0L, i -> {
            Map<String, Charset> declares = new HashMap<>();
            CaseMember member = members.get(i);
            if (!member.toRead()) {
                return declares;
            }
            try {
                Preview preview = preview(member.source(), null, null);
                FormatReader reader = preview == null ? null : recogniser(preview);
                if (preview != null) {
                    detected.put(i, preview.encoding()); // detection costs; the read reuses it
                }
                if (reader != null) {
                    reader.encodingsDeclared(preview).forEach((name, charset) ->
                            declares.put(siblingKey(member.folder(), name), charset));
                }
            } catch (IOException | RuntimeException e) {
                // reported when the file itself is read
            }
            return declares;
        });
        Map<String, Charset> declared = new HashMap<>();
        each.forEach(declared::putAll); // in path order, as one thread would
        return declared;
    }

    /**
     * The folder and the upper-cased name of the file {@code name} in {@code folder} (a folder on
     * disk, or one inside an archive): migration files are named case-insensitively.
     */
    private static String siblingKey(String folder, String name) {
        String path = folder + "/" + name.replace('\\', '/');
        int cut = path.lastIndexOf('/');
        return path.substring(0, cut) + "|" + path.substring(cut + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The start of a file with its encoding; null for an empty file.
     *
     * @param detected the encoding already detected for this file with no declared encoding, or null
     */
    private Preview preview(InputSource source, Charset declared, TextEncoding detected) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(PREVIEW_BYTES);
        }
        if (head.length == 0) {
            return null;
        }
        Charset override = forcedEncoding != null ? forcedEncoding : declared;
        TextEncoding textEncoding = detected != null && declared == null ? detected
                : TextEncoding.detect(head, head.length, override);
        return new Preview(head, head.length, textEncoding, firstLines(head, textEncoding));
    }

    private FormatReader recogniser(Preview preview) {
        return readers.stream().filter(r -> r.recognises(preview)).findFirst().orElse(null);
    }

    /** Reads one file; whatever goes wrong becomes a warning on that file. */
    private FileRead readFile(CaseMember file, Charset declared, TextEncoding detected) {
        String name = file.name();
        Collector sink = new Collector(name, keep, events);
        String format = "unknown";
        String encoding = null;
        InputSource source = file.source();
        try {
            Preview preview = preview(source, declared, detected);
            if (preview == null) {
                sink.warnFile("the file is empty");
                return new FileRead(sink.facts, sink.summary("empty", null));
            }
            FormatReader reader = recogniser(preview);
            if (reader == null) {
                sink.warnFile("format not recognised; supported: " + String.join(", ", formats()));
                return new FileRead(sink.facts, sink.summary(format, null));
            }
            format = reader.format();
            boolean asDeclared = declared != null && forcedEncoding == null && preview.encoding().bomLength() == 0;
            encoding = !reader.isText() ? null : preview.encoding().describe() + (asDeclared ? " (packing list)" : "");
            reader.read(source, preview, sink);
        } catch (ArchiveLimitException e) {
            sink.warnFile(e.getMessage());
        } catch (IOException e) {
            // An AccessDeniedException's message is only the path, which the warning already names.
            sink.warnFile("could not be read: " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OutOfMemoryError oom) {
                    throw oom; // the heap, not the file: the caller says what to do
                }
                if (t instanceof ArchiveLimitException limit) {
                    // a reader that wraps its stream's failure (Jackson does): the limit, not a bug
                    sink.warnFile(limit.getMessage());
                    return new FileRead(sink.facts, sink.summary(format, encoding));
                }
            }
            // A reader's bug must not cost the engineer the rest of the case.
            sink.warnFile("reading stopped by an internal error (" + e + "); please report it");
        }
        return new FileRead(sink.facts, sink.summary(format, encoding));
    }

    /**
     * The formats this loader recognises, as reports name them: every reader's, then the
     * archives read like folders.
     */
    public List<String> formats() {
        List<String> all = new ArrayList<>(readers.stream().map(FormatReader::format).toList());
        all.add(CaseArchives.ZIP_FORMAT);
        all.add(CaseArchives.TAR_FORMAT);
        return all;
    }

    private static List<String> firstLines(byte[] head, TextEncoding encoding) {
        Charset charset = encoding.charset();
        String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), charset);
        return text.lines().limit(PREVIEW_LINES).toList();
    }

    /** Collects what one reader produces from one file. */
    private static final class Collector implements FactSink {
        private final String name;
        private final Predicate<Object> keep;
        private final EventFilter events;
        private final List<Object> facts = new ArrayList<>();
        private final List<InputWarning> warnings = new ArrayList<>();
        /** Warnings past {@link InputLimits#WARNINGS_PER_FILE}: counted, not kept. */
        private long unlisted;
        private long records;

        Collector(String name, Predicate<Object> keep, EventFilter events) {
            this.name = name;
            this.keep = keep;
            this.events = events;
        }

        @Override
        public boolean wantsEvent(String source, int eventId) {
            return events.wants(source, eventId);
        }

        /** Warns about the file as a whole; always listed, even past the cap, as it says why reading stopped. */
        void warnFile(String message) {
            warnings.add(new InputWarning(Provenance.ofFile(name).cite(), message));
        }

        @Override
        public void record() {
            records++;
        }

        @Override
        public void fact(Object fact) {
            if (keep.test(fact)) {
                facts.add(fact);
            }
        }

        @Override
        public void warn(Provenance at, String message) {
            if (warnings.size() < InputLimits.WARNINGS_PER_FILE) {
                warnings.add(new InputWarning(at.cite(), message));
            } else {
                unlisted++;
            }
        }

        InputSummary summary(String format, String encoding) {
            List<InputWarning> listed = new ArrayList<>(warnings);
            if (unlisted > 0) {
                listed.add(new InputWarning(Provenance.ofFile(name).cite(), unlisted + " more warnings like these were not"
                        + " listed (at most " + InputLimits.WARNINGS_PER_FILE + " are listed per file; -Dmigkb.maxWarningsPerFile"
                        + " changes it)"));
            }
            return new InputSummary(name, format, encoding, records, facts.size(), List.copyOf(listed));
        }
    }
}

package org.migkb.bench;

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scale on cases shaped like real migrations ({@link RealCase}): for each size it runs, in this
 * JVM and on the same files, the hand-written {@link Floor} and migkb's whole diagnosis (read,
 * rules, what-ifs, rank, write JSON: {@link Diagnoser} as the CLI uses it), fails if the affected
 * users per cause differ, and prints wall times, heap, the ratio to the floor, a per-phase
 * breakdown ({@link PhasedDiagnosis}), the growth per 10x of input, and bytes per user and per
 * directory object.
 *
 * <p>Run: {@code mvn -q test-compile exec:exec@bench} ({@code -Dbench.sizes=1000,10000,100000},
 * {@code -Dbench.variants=csv,ldif-evt}, {@code -Dbench.xmx=1g}), or with arguments
 * {@code --sizes 1000,10000 --variants csv --events-per-user 10 --repeat 3 --report FILE}.
 */
public final class ScaleBench {

    private ScaleBench() {
    }

    private record Row(int users, String variant, double inputMb, double floorSeconds, double migkbSeconds,
                       double floorCpu, double migkbCpu, PhasedDiagnosis.Phases phases, long peakHeapMb,
                       Map<String, Integer> counts) {
        double ratio() {
            return migkbSeconds / floorSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        List<Integer> sizes = Stream.of(options.get("sizes").split(",")).map(s -> Integer.parseInt(s.trim())).toList();
        List<String> variants = List.of(options.get("variants").split(","));
        int eventsPerUser = Integer.parseInt(options.get("events-per-user"));
        int repeat = Integer.parseInt(options.get("repeat"));
        Path root = Files.createTempDirectory("migkb-bench");
        List<String> out = new ArrayList<>();
        try {
            Diagnoser diagnoser = Diagnoser.builtIn();
            // Warm up the JIT, the rule base and the floor on a small case, as a running service would be.
            RealCase.CaseFiles warm = RealCase.write(root.resolve("warmup"), 2_000, eventsPerUser);
            for (int i = 0; i < 3; i++) {
                for (String variant : variants) {
                    Floor.count(warm.variant(variant));
                    diagnoseToFile(diagnoser, warm.variant(variant), root.resolve("warmup.json"));
                }
            }
            say(out, String.format(Locale.ROOT, "max heap %d MB, %d processors, %s", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version")));
            say(out, "| users | events | variant | input MB | floor s | migkb s | ratio | floor CPU s | migkb CPU s | read s"
                    + " | rules s | what-ifs s | rank s | write s | peak heap MB | heap after rules MB"
                    + " | affected per cause (equal to the floor's) |");
            say(out, "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            List<Row> rows = new ArrayList<>();
            for (int users : sizes) {
                Path folder = root.resolve("case-" + users);
                RealCase.CaseFiles files = RealCase.write(folder, users, eventsPerUser);
                for (String variant : variants) {
                    Row row;
                    try {
                        row = measure(diagnoser, files.variant(variant), users, variant, repeat, root.resolve("report.json"));
                    } catch (OutOfMemoryError e) {
                        say(out, String.format(Locale.ROOT, "| %,d | %,d | %s | out of memory with a %d MB heap (%s) |", users,
                                (long) users * eventsPerUser, variant, Runtime.getRuntime().maxMemory() >> 20, e.getMessage()));
                        continue;
                    }
                    rows.add(row);
                    PhasedDiagnosis.Phases p = row.phases();
                    say(out, String.format(Locale.ROOT,
                            "| %,d | %,d | %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %s |",
                            users, (long) users * eventsPerUser, variant, row.inputMb(), row.floorSeconds(), row.migkbSeconds(),
                            row.ratio(), row.floorCpu(), row.migkbCpu(), p.read(), p.rules(), p.whatIfs(), p.rank(), p.write(), row.peakHeapMb(),
                            p.heapAfterRules() >> 20, row.counts().values()));
                }
                if (users == sizes.get(sizes.size() - 1)) {
                    try {
                        memory(out, diagnoser, files, users);
                    } catch (OutOfMemoryError e) {
                        say(out, String.format(Locale.ROOT, "memory at %,d users: out of memory with a %d MB heap", users,
                                Runtime.getRuntime().maxMemory() >> 20));
                    }
                }
                deleteTree(folder);
            }
            growth(out, rows);
        } finally {
            deleteTree(root);
        }
        if (options.containsKey("report")) {
            Files.write(Path.of(options.get("report")), out, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sizes", System.getProperty("bench.sizes", "1000,10000,100000"));
        options.put("variants", System.getProperty("bench.variants", "csv,ldif-evt"));
        options.put("events-per-user", System.getProperty("bench.eventsPerUser", "10"));
        options.put("repeat", System.getProperty("bench.repeat", "1"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2)) && !args[i].equals("--report")) {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --sizes, --variants, --events-per-user, --repeat, --report");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void say(List<String> out, String line) {
        System.out.println(line);
        System.out.flush();
        out.add(line);
    }

    /** Floor and migkb on the same files; best of {@code repeat}; fails when the counts differ. */
    private static Row measure(Diagnoser diagnoser, List<Path> paths, int users, String variant, int repeat, Path json)
            throws IOException {
        Map<String, Integer> floorCounts = null;
        double floor = Double.MAX_VALUE;
        double migkb = Double.MAX_VALUE;
        double floorCpu = Double.MAX_VALUE;
        double migkbCpu = Double.MAX_VALUE;
        long peak = 0;
        Report report = null;
        for (int i = 0; i < repeat; i++) {
            System.gc();
            long c0 = cpu();
            long t0 = System.nanoTime();
            floorCounts = Floor.count(paths);
            floor = Math.min(floor, (System.nanoTime() - t0) / 1e9);
            floorCpu = Math.min(floorCpu, (cpu() - c0) / 1e9);
            System.gc();
            resetPeaks();
            long c1 = cpu();
            long t1 = System.nanoTime();
            report = diagnoseToFile(diagnoser, paths, json);
            migkb = Math.min(migkb, (System.nanoTime() - t1) / 1e9);
            migkbCpu = Math.min(migkbCpu, (cpu() - c1) / 1e9);
            peak = Math.max(peak, peakHeap());
        }
        Map<String, Integer> counts = countsOf(report);
        if (!counts.equals(floorCounts)) {
            throw new IllegalStateException(users + " users, " + variant + ": migkb counts " + counts + " but the floor "
                    + floorCounts);
        }
        byte[] whole = Files.readAllBytes(json);
        report = null;
        System.gc();
        PhasedDiagnosis.Phases phases = PhasedDiagnosis.run(diagnoser, paths, json);
        if (!java.util.Arrays.equals(whole, Files.readAllBytes(json))) {
            throw new IllegalStateException("the phased run wrote other JSON than Diagnoser: the benchmark's copy of"
                    + " Diagnoser.diagnoseWithCoverage is out of date");
        }
        return new Row(users, variant, bytes(paths) / 1e6, floor, migkb, floorCpu, migkbCpu, phases, peak >> 20, counts);
    }

    /** What the CLI's {@code diagnose --format json} does, into a file. */
    static Report diagnoseToFile(Diagnoser diagnoser, List<Path> paths, Path json) throws IOException {
        Report report = diagnoser.diagnose(paths, List.of());
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(report, w);
        }
        return report;
    }

    private static Map<String, Integer> countsOf(Report report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String cause : List.of("Q182665/csv-migrate-proxy-removed", "Q183312/custom-recipient-converted",
                "Q186742/existing-mailbox-other-alias", "Q242184/localized-client", "Q242184/mailbox-precreated")) {
            counts.put(cause, 0);
        }
        for (Diagnosis d : report.diagnoses()) {
            counts.put(d.article() + "/" + d.cause(), d.affected().size());
        }
        return counts;
    }

    /** Time per 10x of input between sizes ten times apart (target: at most 11x). */
    private static void growth(List<String> out, List<Row> rows) {
        for (Row small : rows) {
            for (Row large : rows) {
                if (large.variant().equals(small.variant()) && large.users() == 10 * small.users()) {
                    say(out, String.format(Locale.ROOT, "10x input (%s, %,d -> %,d users): migkb %.1fx the time, floor %.1fx",
                            small.variant(), small.users(), large.users(), large.migkbSeconds() / small.migkbSeconds(),
                            large.floorSeconds() / small.floorSeconds()));
                }
            }
        }
    }

    /**
     * Bytes per user and per directory object: the heap the facts of one kind of file take once
     * read, and the heap the whole case takes in the rule session after the rules fired.
     */
    private static void memory(List<String> out, Diagnoser diagnoser, RealCase.CaseFiles files, int users) throws IOException {
        long base = liveHeap();
        CaseData lists = diagnoser.read(List.of(files.userLists()));
        long listBytes = liveHeap() - base;
        int userFacts = lists.facts().size();
        lists = null;
        base = liveHeap();
        CaseData directory = diagnoser.read(List.of(files.directoryCsv()));
        long directoryBytes = liveHeap() - base;
        long objects = directory.inputs().get(0).records();
        int directoryFacts = directory.facts().size();
        directory = null;
        base = liveHeap();
        PhasedDiagnosis.Phases phases = PhasedDiagnosis.run(diagnoser, files.variant("csv"), null);
        long session = phases.heapAfterRules() - base;
        say(out, String.format(Locale.ROOT, "memory at %,d users: user-list facts %,d bytes per user (%,d facts);"
                        + " directory facts %,d bytes per object (%,d objects, %,d facts); whole case in the rule session after"
                        + " the rules %,d bytes per user (%,d MB); a 1,000,000-user case would need about %,d MB of heap",
                users, listBytes / users, userFacts, directoryBytes / objects, objects, directoryFacts, session / users, session >> 20,
                (session / users) * 1_000_000L >> 20));
    }

    /** CPU time of the whole process (every thread, the collector's too), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long bytes(List<Path> paths) throws IOException {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    total += Files.size(f);
                }
            }
        }
        return total;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

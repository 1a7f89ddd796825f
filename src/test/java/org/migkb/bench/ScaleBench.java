package org.migkb.bench;

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.ingest.CaseData;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scale benchmark: generates cases of N users in the real formats (user list, directory export
 * with secondary addresses, application log), diagnoses each, and reports read time, rule time,
 * heap after the run, and the cost per 1,000 users, which stays flat when every join is indexed.
 *
 * <p>Run: {@code mvn -q test-compile exec:exec@bench} (sizes: {@code -Dbench.sizes=1000,10000}).
 * One percent of the users lost their migrate: value (Q182665), one percent have a converted
 * custom recipient (Q183312), one percent a pre-created mailbox (Q242184).
 */
public final class ScaleBench {

    private static final Charset ANSI = Charset.forName("windows-1252");

    private ScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        String sizes = System.getProperty("bench.sizes", "1000,10000,100000");
        Path root = Files.createTempDirectory("migkb-bench");
        Diagnoser diagnoser = Diagnoser.builtIn();
        // Warm up the JIT and the rule base on a small case, as a long-running service would be.
        diagnoser.diagnose(diagnoser.read(List.of(generate(root.resolve("warmup"), 2_000))), List.of());

        System.out.println("| users | input MB | read s | rules + rank s | total ms per 1k users | heap after MB | top diagnosis (affected) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String size : sizes.split(",")) {
            int users = Integer.parseInt(size.trim());
            Path folder = generate(root.resolve("case-" + users), users);
            long bytes = sizeOf(folder);
            System.gc();
            long t0 = System.nanoTime();
            CaseData data = diagnoser.read(List.of(folder));
            long t1 = System.nanoTime();
            Report report = diagnoser.diagnose(data, List.of());
            long t2 = System.nanoTime();
            new JsonReportWriter().toJson(report);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heap = memory.getHeapMemoryUsage().getUsed();
            Diagnosis top = report.diagnoses().get(0);
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %.2f | %.2f | %.1f | %d | %s %s (%d) |%n",
                    users, bytes / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e6 / (users / 1000.0),
                    heap / 1_000_000, top.article(), top.cause(), top.affected().size());
            if (data.facts().isEmpty()) {
                throw new IllegalStateException("nothing read");
            }
        }
        deleteTree(root);
    }

    /** Writes a case of {@code users} users in the real formats, CRLF line ends, code page 1252. */
    static Path generate(Path folder, int users) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter list = Files.newBufferedWriter(folder.resolve("users.csv"), ANSI);
             BufferedWriter directory = Files.newBufferedWriter(folder.resolve("directory.csv"), ANSI);
             BufferedWriter log = Files.newBufferedWriter(folder.resolve("application-log.csv"), ANSI)) {
            list.write("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,Home-Server,Secondary-Proxy-Addresses\r\n");
            directory.write("Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,E-mail Addresses,Secondary-Proxy-Addresses\r\n");
            for (int i = 0; i < users; i++) {
                String name = "U" + i;
                String po = "NET1/PO1"; // the wizard writes one list per postoffice
                boolean edited = i % 100 == 1;
                boolean converted = i % 100 == 2;
                boolean precreated = i % 100 == 3;
                list.write(name + ",User " + i + ",Y,Mailbox,Create," + name + ",User " + i + ",~SERVER,"
                        + (edited ? "" : "migrate:MS:" + po + "/" + name) + "\r\n");
                String secondaries = (edited || converted || precreated ? "" : "migrate:MS:" + po + "/" + name + "%")
                        + (converted ? "ms:" + po + "/" + name + "%" : "") + "smtp:user." + i + "@contoso.com";
                directory.write("Mailbox," + name + "," + name + ",\"User, " + i + "\",EXSRV01,SMTP:" + name
                        + "@contoso.com%X400:c=US;a= ;p=Contoso;o=HQ;s=" + name + ";," + secondaries + "\r\n");
            }
            for (int i = 0; i < users / 10; i++) {
                log.write("11/20/1999,2:" + (i % 60) + ":00 PM,MSExchangeIS,Information,General,1001,N/A,EXSRV01,\"Started.\"\r\n");
            }
            log.write("11/20/1999,3:00:00 PM,MSExchangeMig,Error,None,7026,N/A,EXSRV01,\"Migration Aborted due to Mapi logon failure.\"\r\n");
        }
        return folder;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}

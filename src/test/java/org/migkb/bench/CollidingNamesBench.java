package org.migkb.bench;

import org.migkb.api.Diagnoser;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Names that collide: N user-list rows share one Common-Name and one full name, and N mailboxes
 * share that Directory Name and display name, none with a migrate: proxy. Linked pair by pair
 * this is N x N links and evidence; the rules report the shared name once instead, so time and
 * output grow with N.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.migkb.bench.CollidingNamesBench
 * -Dexec.classpathScope=test} (sizes: {@code -Dbench.sizes=300,1000,3000}).
 */
public final class CollidingNamesBench {

    private static final Charset ANSI = Charset.forName("windows-1252");

    private CollidingNamesBench() {
    }

    public static void main(String[] args) throws IOException {
        String sizes = System.getProperty("bench.sizes", "300,1000,3000");
        Path root = Files.createTempDirectory("migkb-names");
        try {
            Diagnoser diagnoser = Diagnoser.builtIn();
            diagnoser.diagnose(List.of(write(root.resolve("warmup"), 200)), List.of());
            System.out.println("| colliding users x mailboxes | input KB | diagnose s | JSON KB | evidence items | heap after MB |");
            System.out.println("|---|---|---|---|---|---|");
            for (String size : sizes.split(",")) {
                int n = Integer.parseInt(size.strip());
                Path folder = write(root.resolve("case-" + n), n);
                System.gc();
                long t0 = System.nanoTime();
                Report report = diagnoser.diagnose(List.of(folder), List.of());
                String json = new JsonReportWriter().toJson(report);
                long t1 = System.nanoTime();
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long evidence = report.diagnoses().stream().mapToLong(d -> d.evidence().size()).sum();
                System.out.printf(Locale.ROOT, "| %,d x %,d | %d | %.2f | %.1f | %d | %d |%n", n, n, sizeOf(folder) / 1000,
                        (t1 - t0) / 1e9, json.length() / 1000.0, evidence, heap / 1_000_000);
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Writes the case: a user list of {@code n} rows (U0001...) whose Common-Name is SHARED and
     * full name Sam Shared, rows intact; a directory export of {@code n} mailboxes named SHARED,
     * displayed "Shared, Sam", with aliases of their own and no migrate: proxy; one 7026 event.
     */
    public static Path write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter list = Files.newBufferedWriter(folder.resolve("users.csv"), ANSI);
             BufferedWriter directory = Files.newBufferedWriter(folder.resolve("directory.csv"), ANSI)) {
            list.write("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,Home-Server,"
                    + "Secondary-Proxy-Addresses\r\n");
            directory.write("Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,E-mail Addresses,"
                    + "Secondary-Proxy-Addresses\r\n");
            for (int i = 1; i <= n; i++) {
                String user = String.format(Locale.ROOT, "U%05d", i);
                String alias = String.format(Locale.ROOT, "S%05d", i);
                list.write(user + ",Sam Shared,Y,Mailbox,Create,SHARED,Sam Shared,~SERVER,migrate:MS:NET1/PO1/" + user + "\r\n");
                directory.write("Mailbox,SHARED," + alias + ",\"Shared, Sam\",EXSRV01,SMTP:" + alias.toLowerCase(Locale.ROOT)
                        + "@contoso.com,smtp:" + alias.toLowerCase(Locale.ROOT) + ".x@contoso.com\r\n");
            }
        }
        Files.writeString(folder.resolve("application-log.csv"), "11/20/1999,2:14:07 PM,MSExchangeMig,Error,None,7026,N/A,"
                + "EXSRV01,\"Migration Aborted due to Mapi logon failure.\"\r\n", ANSI);
        return folder;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}

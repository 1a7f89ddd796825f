package org.migkb.bench;

import org.migkb.engine.EventInterest;
import org.migkb.ingest.CaseData;
import org.migkb.ingest.CaseLoader;
import org.migkb.ingest.EvtWriter;
import org.migkb.ingest.InputSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reader throughput: writes one large file per format (about {@code -Dbench.mb} MB each, 64 by
 * default), reads each with the built-in readers and the built-in event filter, and prints MB/s,
 * records/s and the heap after reading. Run: {@code mvn -q test-compile exec:exec@reader-bench}.
 */
public final class ReaderBench {

    private static final Charset ANSI = Charset.forName("windows-1252");

    private ReaderBench() {
    }

    public static void main(String[] args) throws IOException {
        long target = Long.getLong("bench.mb", 64) * 1_000_000L;
        Path dir = Files.createTempDirectory("migkb-reader-bench");
        CaseLoader loader = CaseLoader.withBuiltInReaders().keeping(EventInterest.builtIn().asFactFilter());
        List<Path> files = List.of(
                eventCsv(dir.resolve("events.csv"), target),
                eventXml(dir.resolve("events.xml"), target),
                eventJson(dir.resolve("events.json"), target),
                evt(dir.resolve("events.evt"), target),
                directoryCsv(dir.resolve("directory.csv"), target),
                ldif(dir.resolve("directory.ldif"), target),
                userList(dir.resolve("users.csv"), target));
        loader.load(List.of(files.get(0))); // warm up the JIT on one format
        System.out.println("| format | MB | seconds | MB/s | records | records/s | facts kept | heap after MB |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Path file : files) {
            System.gc();
            long t0 = System.nanoTime();
            CaseData data = loader.load(List.of(file));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            InputSummary input = data.inputs().get(0);
            double mb = Files.size(file) / 1e6;
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.1f | %,d | %,.0f | %,d | %d |%n", input.format(), mb, seconds,
                    mb / seconds, input.records(), input.records() / seconds, input.facts(), heap / 1_000_000);
            if (!input.warnings().isEmpty()) {
                throw new IllegalStateException(input.warnings().get(0).toString());
            }
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static Path eventCsv(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, ANSI)) {
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String line = i % 1000 == 0
                        ? "11/20/1999,2:14:07 PM,MSExchangeMig,Error,None,7026,N/A,EXSRV01,\"Migration Aborted due to Mapi logon failure.\"\r\n"
                        : "11/20/1999,2:14:07 PM,MSExchangeIS,Information,General,1001,N/A,EXSRV01,\"Event " + i + " of no interest.\"\r\n";
                out.write(line);
                bytes += line.length();
            }
        }
        return file;
    }

    private static Path eventXml(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String line = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='"
                        + (i % 1000 == 0 ? "MSExchangeMig'/><EventID>7026" : "MSExchangeIS'/><EventID>1001")
                        + "</EventID><Level>2</Level><TimeCreated SystemTime='1999-11-20T14:14:07Z'/><EventRecordID>" + i
                        + "</EventRecordID><Computer>EXSRV01</Computer></System><EventData><Data>x</Data></EventData></Event>\r\n";
                out.write(line);
                bytes += line.length();
            }
        }
        return file;
    }

    private static Path eventJson(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\r\n");
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String line = (i > 0 ? ",\r\n" : "") + "    {\"Id\": " + (i % 1000 == 0 ? 7026 : 1001) + ", \"ProviderName\": \""
                        + (i % 1000 == 0 ? "MSExchangeMig" : "MSExchangeIS") + "\", \"LevelDisplayName\": \"Error\","
                        + " \"TimeCreated\": \"\\/Date(943107247000)\\/\", \"MachineName\": \"EXSRV01\", \"RecordId\": " + i
                        + ", \"Message\": \"Event " + i + "\"}";
                out.write(line);
                bytes += line.length();
            }
            out.write("\r\n]\r\n");
        }
        return file;
    }

    private static Path evt(Path file, long target) throws IOException {
        long records = target / 120;
        int size = (int) Math.min(Integer.MAX_VALUE - 8, target);
        EvtWriter log = new EvtWriter(size);
        for (long i = 0; i < records - 1; i++) {
            log.add(i % 1000 == 0 ? "MSExchangeMig" : "MSExchangeIS", i % 1000 == 0 ? 7026 : 1001, EvtWriter.ERROR, "x" + i);
        }
        Files.write(file, log.build(0x30, false));
        return file;
    }

    private static Path directoryCsv(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, ANSI)) {
            out.write("Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,E-mail Addresses,Secondary-Proxy-Addresses\r\n");
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String line = "Mailbox,U" + i + ",U" + i + ",\"User, " + i + "\",EXSRV01,SMTP:u" + i + "@contoso.com%X400:c=US;a= ;p=Contoso;o=HQ;s=U"
                        + i + ";,migrate:MS:NET1/PO1/U" + i + "%smtp:user." + i + "@contoso.com\r\n";
                out.write(line);
                bytes += line.length();
            }
        }
        return file;
    }

    private static Path ldif(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("version: 1\r\n\r\n");
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String entry = "dn: CN=U" + i + ",OU=Migrated,DC=contoso,DC=com\r\nobjectClass: user\r\ncn: U" + i
                        + "\r\nmailNickname: U" + i + "\r\nhomeMDB: CN=Store\r\nproxyAddresses: SMTP:u" + i
                        + "@contoso.com\r\nproxyAddresses: migrate:MS:NET1/PO1/U" + i + "\r\nwhenCreated: 19991120141000.0Z\r\n\r\n";
                out.write(entry);
                bytes += entry.length();
            }
        }
        return file;
    }

    private static Path userList(Path file, long target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, ANSI)) {
            out.write("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,Home-Server,Secondary-Proxy-Addresses\r\n");
            for (long i = 0, bytes = 0; bytes < target; i++) {
                String line = "U" + i + ",User " + i + ",Y,Mailbox,Create,U" + i + ",User " + i + ",~SERVER,migrate:MS:NET1/PO1/U" + i + "\r\n";
                out.write(line);
                bytes += line.length();
            }
        }
        return file;
    }
}

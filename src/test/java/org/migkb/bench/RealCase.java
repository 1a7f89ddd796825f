package org.migkb.bench;

import org.migkb.ingest.EvtWriter;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a case shaped like a real large migration, in the formats the wizard, the Exchange
 * Administrator and Event Viewer write (CRLF, code page 1252):
 * <ul>
 *   <li>one Migration Wizard user list per MS Mail postoffice of {@value #PER_LIST} users, every
 *       other one with the two postoffice lines above the header;</li>
 *   <li>a directory export (CSV with Secondary-Proxy-Addresses and Target-Address, and an
 *       Exchange 5.5 LDIF dump of the same objects) with every user's mailbox and 5 % custom
 *       recipients, half of them MS Mail users of postoffices not being migrated;</li>
 *   <li>an Application log (Event Viewer comma-delimited export, and the same events as a binary
 *       {@code .evt}) of {@code eventsPerUser} events per user, one in a thousand a 7026 from
 *       MSExchangeMig, the rest from other sources and IDs (some quoted text with commas and
 *       doubled quotes).</li>
 * </ul>
 * One user in a hundred lost the {@code migrate:} value in the list (Q182665), one in a hundred
 * has a mailbox that was a converted custom recipient (Q183312: it keeps the MS: address, no
 * migrate: proxy), one in a hundred a pre-created mailbox found only by name (Q242184).
 */
final class RealCase {

    static final int PER_LIST = 200;
    private static final Charset ANSI = Charset.forName("windows-1252");
    private static final String[] FIRST = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Gina", "Hugo", "Ines",
        "José", "Karl", "Lena", "Mike", "Nora", "Olaf", "Pia", "Quinn", "Rita", "Sven", "Tara"};
    private static final String[] LAST = {"Archer", "Baker", "Cruz", "Dunn", "Evans", "Fox", "Grey", "Hale", "Ito",
        "Jones", "Kühn", "Lund", "Moss", "Nagy", "Ortiz", "Park", "Quist", "Ross", "Sato", "Trent"};

    enum Kind { HEALTHY, EDITED, CONVERTED, PRECREATED }

    /** The files of one case; the CSV variant and the LDIF + .evt variant share the user lists. */
    record CaseFiles(Path userLists, Path directoryCsv, Path directoryLdif, Path eventCsv, Path eventEvt) {

        List<Path> variant(String name) {
            return switch (name) {
                case "csv" -> List.of(userLists, directoryCsv, eventCsv);
                case "ldif-evt" -> List.of(userLists, directoryLdif, eventEvt);
                default -> throw new IllegalArgumentException("variant " + name + ": csv or ldif-evt");
            };
        }
    }

    private RealCase() {
    }

    static Kind kindOf(int user) {
        return switch (user % 100) {
            case 11 -> Kind.EDITED;
            case 47 -> Kind.CONVERTED;
            case 83 -> Kind.PRECREATED;
            default -> Kind.HEALTHY;
        };
    }

    static CaseFiles write(Path folder, int users, int eventsPerUser) throws IOException {
        Files.createDirectories(folder.resolve("user-lists"));
        CaseFiles files = new CaseFiles(folder.resolve("user-lists"), folder.resolve("directory.csv"),
                folder.resolve("directory.ldif"), folder.resolve("application-log.csv"), folder.resolve("application-log.evt"));
        writeLists(files.userLists(), users);
        writeDirectory(files.directoryCsv(), files.directoryLdif(), users);
        writeEvents(files.eventCsv(), files.eventEvt(), (long) users * eventsPerUser);
        return files;
    }

    private static String postoffice(int user) {
        return "PO" + (user / PER_LIST);
    }

    private static String msAddress(int user) {
        return "NET1/" + postoffice(user) + "/U" + user;
    }

    private static String first(int user) {
        return FIRST[user % FIRST.length];
    }

    private static String last(int user) {
        return LAST[(user / FIRST.length) % LAST.length] + user;
    }

    private static void writeLists(Path folder, int users) throws IOException {
        for (int start = 0; start < users; start += PER_LIST) {
            int po = start / PER_LIST;
            Path file = folder.resolve(String.format("NET1-PO%05d.csv", po));
            try (BufferedWriter out = Files.newBufferedWriter(file, ANSI)) {
                if (po % 2 == 1) {
                    out.write("Network,Postoffice\r\nNET1," + postoffice(start) + "\r\n");
                }
                out.write("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,Given-Name,Surname,"
                        + "Home-Server,Comment,Assoc-NT-Account,Secondary-Proxy-Addresses\r\n");
                for (int i = start; i < Math.min(users, start + PER_LIST); i++) {
                    String full = first(i) + " " + last(i);
                    String migrate = kindOf(i) == Kind.EDITED ? "" : "migrate:MS:" + msAddress(i);
                    out.write("U" + i + "," + full + ",Y,Mailbox,Create,U" + i + "," + full + "," + first(i) + "," + last(i)
                            + ",~SERVER,,," + migrate + "\r\n");
                }
            }
        }
    }

    private static void writeDirectory(Path csv, Path ldif, int users) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, ANSI);
             BufferedWriter dump = Files.newBufferedWriter(ldif, StandardCharsets.UTF_8)) {
            out.write("Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,E-mail Addresses,"
                    + "Secondary-Proxy-Addresses,Target-Address\r\n");
            dump.write("version: 1\r\n\r\n");
            for (int i = 0; i < users; i++) {
                String mailbox = "U" + i;
                String smtp = (first(i) + "." + last(i)).toLowerCase(java.util.Locale.ROOT).replace("é", "e").replace("ü", "u");
                String secondary = switch (kindOf(i)) {
                    case HEALTHY -> "migrate:MS:" + msAddress(i) + "%smtp:" + smtp + "@contoso.com";
                    case CONVERTED -> "MS:" + msAddress(i) + "%smtp:" + smtp + "@contoso.com";
                    case EDITED, PRECREATED -> "smtp:" + smtp + "@contoso.com";
                };
                String x400 = "c=US;a= ;p=Contoso;o=HQ;s=" + last(i) + ";g=" + first(i) + ";";
                out.write("Mailbox," + mailbox + "," + mailbox + ",\"" + last(i) + ", " + first(i) + "\",EXSRV0" + (i % 4 + 1)
                        + ",SMTP:" + mailbox.toLowerCase(java.util.Locale.ROOT) + "@contoso.com%X400:" + x400 + "," + secondary + ",\r\n");
                dump.write("dn: cn=" + mailbox + ",cn=Recipients,ou=HQ,o=Contoso\r\nobjectClass: organizationalPerson\r\n"
                        + "objectClass: person\r\nobjectClass: Top\r\ncn: " + first(i) + " " + last(i) + "\r\nuid: " + mailbox
                        + "\r\nrfc822Mailbox: " + mailbox.toLowerCase(java.util.Locale.ROOT) + "@contoso.com\r\ntextEncodedORAddress: "
                        + x400 + "\r\n");
                for (String address : secondary.split("%")) {
                    int colon = address.indexOf(':');
                    dump.write("otherMailbox: " + address.substring(0, colon) + "$" + address.substring(colon + 1) + "\r\n");
                }
                dump.write("\r\n");
                if (i % 20 == 19) {
                    writeCustomRecipient(out, dump, i / 20);
                }
            }
        }
    }

    /** Half are Internet contacts, half MS Mail users of postoffices that are not being migrated. */
    private static void writeCustomRecipient(BufferedWriter out, BufferedWriter dump, int n) throws IOException {
        String name = "C" + n;
        String target = n % 2 == 0 ? "SMTP:contact" + n + "@fabrikam.com" : "MS:NET9/REMOTE" + (n % 50) + "/R" + n;
        out.write("Remote," + name + "," + name + ",\"Contact" + n + ", External\",," + target + ",," + target + "\r\n");
        int colon = target.indexOf(':');
        dump.write("dn: cn=" + name + ",cn=Recipients,ou=HQ,o=Contoso\r\nobjectClass: remote-address\r\nobjectClass: Top\r\n"
                + "cn: External Contact" + n + "\r\nuid: " + name + "\r\notherMailbox: " + target.substring(0, colon) + "$"
                + target.substring(colon + 1) + "\r\n\r\n");
    }

    /** One noise event: source, type, category, ID, description (Event Viewer text). */
    private record Noise(String source, String type, int evtType, String category, int id, String description) {
    }

    private static final List<Noise> NOISE = List.of(
            new Noise("MSExchangeIS", "Information", 4, "General", 1001, "Microsoft Exchange Information Store service started successfully."),
            new Noise("MSExchangeMTA", "Warning", 2, "Interface", 9297, "The MTA could not connect, retrying (association 17)."),
            new Noise("EventLog", "Information", 4, "None", 6005, "The Event log service was started."),
            new Noise("MSExchangeSA", "Information", 4, "General", 5000, "Microsoft Exchange System Attendant started."),
            new Noise("MSExchangeMig", "Information", 4, "None", 7001, "Migration of a batch of users started."),
            new Noise("MSExchangeIS Private", "Information", 4, "Logons", 1016, "User \"CONTOSO\\U7\" logged on to mailbox \"U7\", with rights."),
            new Noise("Userenv", "Error", 1, "None", 1000, "Windows cannot determine the user or computer name. Return value (1722)."));

    private static void writeEvents(Path csv, Path evt, long count) throws IOException {
        long offset = 0x30;
        try (BufferedWriter out = Files.newBufferedWriter(csv, ANSI);
             OutputStream records = new BufferedOutputStream(Files.newOutputStream(evt), 1 << 16)) {
            records.write(new byte[0x30]); // the header, written once the end is known
            for (long k = 0; k < count; k++) {
                int hour = (int) (k / 3600 % 12) + 1;
                String time = hour + ":" + two(k / 60 % 60) + ":" + two(k % 60) + (k / 43200 % 2 == 0 ? " AM" : " PM");
                String date = "11/" + (10 + k / 86400 % 18) + "/1999";
                byte[] record;
                if (k % 1000 == 999) {
                    out.write(date + "," + time + ",MSExchangeMig,Error,None,7026,N/A,EXSRV01,"
                            + "\"Migration Aborted due to Mapi logon failure.\"\r\n");
                    record = EvtWriter.record(k + 1, 943_107_247L + k, "MSExchangeMig", "EXSRV01", 0xC0001B72L, 1,
                            List.of("Mapi logon failure"));
                } else {
                    Noise n = NOISE.get((int) (k % NOISE.size()));
                    out.write(date + "," + time + "," + n.source() + "," + n.type() + "," + n.category() + "," + n.id()
                            + ",N/A,EXSRV01,\"" + n.description().replace("\"", "\"\"") + "\"\r\n");
                    record = EvtWriter.record(k + 1, 943_107_247L + k, n.source(), "EXSRV01", n.id(), n.evtType(),
                            List.of(n.description()));
                }
                records.write(record);
                offset += record.length;
            }
            ByteBuffer eof = ByteBuffer.allocate(0x28).order(ByteOrder.LITTLE_ENDIAN);
            eof.putInt(0x28).putInt(0x11111111).putInt(0x22222222).putInt(0x33333333).putInt(0x44444444)
                    .putInt(0x30).putInt((int) offset).putInt((int) count + 1).putInt(1).putInt(0x28);
            records.write(eof.array());
        }
        ByteBuffer header = ByteBuffer.allocate(0x30).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x30).putInt(0x654c664c).putInt(1).putInt(1).putInt(0x30).putInt((int) offset)
                .putInt((int) count + 1).putInt(1).putInt((int) (offset + 0x28)).putInt(0).putInt(0).putInt(0x30);
        try (RandomAccessFile file = new RandomAccessFile(evt.toFile(), "rw")) {
            file.write(header.array());
        }
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}

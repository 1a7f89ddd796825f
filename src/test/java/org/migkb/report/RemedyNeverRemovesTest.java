package org.migkb.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.MailboxTarget;
import org.migkb.ingest.CaseData;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: for randomly generated directories written as real export files (type case mixed,
 * {@code \%} escapes, {@code ~DEL}, ANSI or UTF-16LE with BOM, comma or tab separators, quoted
 * fields), each remedy import row applied with Overwrite semantics (it replaces the whole
 * Secondary-Proxy-Addresses attribute) leaves the mailbox with every address it had, plus
 * exactly the {@code migrate:} proxies the diagnosis names for it. The mailbox "as it was" is the
 * generator's own model, not what migkb read, and the import file is parsed here independently.
 * One rule base serves every run.
 */
class RemedyNeverRemovesTest {

    private static final int DIRECTORIES = 1000;
    /**
     * Directories per case: each is its own export file and user list with its own names, so they
     * do not meet in the rules, and the engine runs a quarter as often.
     */
    private static final int PER_CASE = 4;
    private static final long SEED = 0x5EC0_4DA7_0155L;
    private static final Charset ANSI = Charset.forName("windows-1252");

    /** A generated mailbox: what the directory holds, by the attribute that holds it. */
    private record Mailbox(String directoryName, String user, List<String> primaries, List<String> secondaries,
                           boolean migrateOnList) {
    }

    @Test
    void everyRowKeepsEveryAddressAndAddsOnlyTheNamedMigrateProxies(@TempDir Path dir) throws IOException {
        Diagnoser diagnoser = Diagnoser.builtIn();
        Random random = new Random(SEED);
        int rowsChecked = 0;
        int secondariesCarried = 0;
        for (int batch = 0; batch < DIRECTORIES / PER_CASE; batch++) {
            Path caseDir = Files.createDirectories(dir.resolve("case" + batch));
            Map<String, Mailbox> byName = new HashMap<>();
            Set<String> withSecondaryColumn = new TreeSet<>();
            for (int i = batch * PER_CASE; i < (batch + 1) * PER_CASE; i++) {
                boolean secondaryColumn = random.nextInt(8) != 0;
                List<Mailbox> mailboxes = generate(random, i);
                writeExport(caseDir.resolve("export-" + i + ".csv"), mailboxes, secondaryColumn, random);
                writeUserList(caseDir.resolve("users-" + i + ".csv"), mailboxes);
                for (Mailbox m : mailboxes) {
                    byName.put(m.directoryName(), m);
                    if (secondaryColumn) {
                        withSecondaryColumn.add(m.directoryName());
                    }
                }
            }
            String where = "case " + batch + " (seed " + SEED + ")";

            CaseData data = diagnoser.read(List.of(caseDir));
            assertTrue(data.inputs().stream().allMatch(in -> in.warnings().stream()
                    .allMatch(w -> w.message().contains("Q184536"))), where + ": " + data.inputs());
            Report report = diagnoser.diagnose(data, List.of());

            for (RemedyFiles.RemedyFile file : new RemedyFiles().plan(report, data)) {
                if (!file.name().endsWith(".csv")) {
                    continue;
                }
                Diagnosis diagnosis = report.diagnoses().stream()
                        .filter(d -> file.name().equals(d.article() + "-" + d.cause() + ".csv")).findFirst().orElseThrow();
                List<List<String>> rows = parseImport(decode(file.bytes()), where);
                assertEquals(List.of("Obj-Class", "Mode", "Directory Name", "Home-Server", "Secondary-Proxy-Addresses"), rows.get(0));
                Set<String> named = new TreeSet<>();
                for (List<String> row : rows.subList(1, rows.size())) {
                    Mailbox before = byName.get(row.get(2));
                    assertNotNull(before, where + ": row for an unknown mailbox " + row);
                    assertTrue(withSecondaryColumn.contains(before.directoryName()),
                            where + ": a row although the export had no Secondary-Proxy-Addresses: " + row);
                    Set<String> had = keys(before.primaries());
                    had.addAll(keys(before.secondaries()));
                    Set<String> after = keys(before.primaries());
                    after.addAll(keys(splitMultiValue(row.get(4))));

                    Set<String> added = new TreeSet<>(after);
                    added.removeAll(had);
                    Set<String> expected = new TreeSet<>();
                    diagnosis.mailboxes().stream().filter(m -> m.directoryName().equals(before.directoryName()))
                            .map(MailboxTarget::user).forEach(u -> expected.add("MIGRATE:MS:" + u));
                    assertTrue(after.containsAll(had), where + ": row " + row + " removes " + missing(had, after));
                    assertEquals(expected, added, where + ": row " + row);
                    assertFalse(expected.isEmpty(), where + ": a row for a mailbox the diagnosis does not name: " + row);
                    named.add(row.get(2));
                    rowsChecked++;
                    secondariesCarried += before.secondaries().size();
                }
                for (MailboxTarget target : diagnosis.mailboxes()) {
                    assertTrue(named.contains(target.directoryName()), where + ": no row for " + target);
                }
            }
        }
        // Not vacuous: most directories give rows, and the rows carry existing secondaries.
        assertTrue(rowsChecked > DIRECTORIES, "rows checked: " + rowsChecked);
        assertTrue(secondariesCarried > DIRECTORIES, "secondaries carried: " + secondariesCarried);
    }

    private static String missing(Set<String> had, Set<String> after) {
        Set<String> gone = new TreeSet<>(had);
        gone.removeAll(after);
        return gone.toString();
    }

    /** Addresses compared as the directory does: type in any case, value as written. */
    private static Set<String> keys(List<String> addresses) {
        Set<String> keys = new TreeSet<>();
        for (String a : addresses) {
            int colon = a.indexOf(':');
            keys.add(a.substring(0, colon).toUpperCase(Locale.ROOT) + a.substring(colon));
        }
        return keys;
    }

    // ---- the generator ----

    private static List<Mailbox> generate(Random random, int index) {
        int count = 2 + random.nextInt(4);
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String mailbox = "M" + index + "X" + k;
            String directoryName = "U" + index + "-" + k + (random.nextBoolean() ? "" : ", Jr");
            String user = "NWIND/SALES/" + mailbox;
            List<String> primaries = new ArrayList<>(List.of(
                    type("SMTP", random) + ":" + mailbox.toLowerCase(Locale.ROOT) + "@nwind.example",
                    type("X400", random) + ":c=US;a= ;p=NWind;o=EXHQ;s=" + mailbox + ";",
                    type("MS", random) + ":NWIND/EXHQ/" + mailbox));
            Set<String> secondaries = new LinkedHashSet<>();
            // The first user of each list keeps its migrate: value, so the list's postoffice is known.
            boolean onList = k == 0 || random.nextInt(3) == 0;
            boolean hasProxy = onList ? random.nextInt(4) != 0 : random.nextInt(5) == 0;
            if (random.nextBoolean()) {
                secondaries.add(type("MS", random) + ":" + user);
            }
            if (hasProxy) {
                secondaries.add(type("MIGRATE", random) + ":MS:" + user);
            }
            int extra = random.nextInt(4);
            for (int e = 0; e < extra; e++) {
                secondaries.add(switch (random.nextInt(5)) {
                    case 0 -> type("SMTP", random) + ":" + mailbox.toLowerCase(Locale.ROOT) + ".alt" + e + "@nwind.example";
                    case 1 -> type("SMTP", random) + ":" + e + "0%off-" + mailbox.toLowerCase(Locale.ROOT) + "@nwind.example";
                    case 2 -> type("CCMAIL", random) + ":" + mailbox + " at SALES" + e;
                    case 3 -> type("X400", random) + ":c=US;a= ;p=NWind;o=Sales;s=" + mailbox + e + ";";
                    default -> type("NOTES", random) + ":" + mailbox + e + "/NWind, Inc";
                });
            }
            mailboxes.add(new Mailbox(directoryName, user, primaries, new ArrayList<>(secondaries), onList));
        }
        return mailboxes;
    }

    /** An address type in capitals, lower case, or mixed. */
    private static String type(String type, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> type;
            case 1 -> type.toLowerCase(Locale.ROOT);
            default -> type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private static void writeExport(Path file, List<Mailbox> mailboxes, boolean secondaryColumn, Random random)
            throws IOException {
        char separator = random.nextBoolean() ? ',' : '\t';
        boolean quoteAll = random.nextInt(4) == 0;
        boolean unicode = random.nextInt(3) == 0;
        List<String> header = new ArrayList<>(List.of("Obj-Class", "Directory Name", "Alias Name", "Display Name",
                "Home-Server", "E-mail Addresses"));
        if (secondaryColumn) {
            header.add("Secondary-Proxy-Addresses");
        }
        StringBuilder text = new StringBuilder();
        line(text, header, separator, false);
        for (Mailbox m : mailboxes) {
            String display = (unicode ? "Łukasz " : "Müller ") + m.directoryName();
            List<String> cells = new ArrayList<>(List.of("Mailbox", m.directoryName(), m.user().substring(12), display,
                    "EXSRV1", multiValue(m.primaries())));
            if (secondaryColumn) {
                cells.add(secondaryCell(m, random));
            }
            line(text, cells, separator, quoteAll);
        }
        if (unicode) {
            byte[] body = text.toString().getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
            Files.write(file, bytes);
        } else {
            Files.write(file, text.toString().getBytes(ANSI));
        }
    }

    /** The secondaries as an export writes them; none are written as ~DEL or, alone, a ~del<...> removal. */
    private static String secondaryCell(Mailbox m, Random random) {
        if (m.secondaries().isEmpty()) {
            return switch (random.nextInt(3)) {
                case 0 -> "~DEL";
                case 1 -> "~del<TEST:" + m.directoryName().charAt(0) + "@example>";
                default -> "";
            };
        }
        return multiValue(m.secondaries());
    }

    private static String multiValue(List<String> values) {
        return String.join("%", values.stream().map(v -> v.replace("%", "\\%")).toList());
    }

    private static void line(StringBuilder text, List<String> cells, char separator, boolean quoteAll) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                text.append(separator);
            }
            String cell = cells.get(c);
            boolean quote = quoteAll || cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.contains("\\%");
            text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append("\r\n");
    }

    private static void writeUserList(Path file, List<Mailbox> mailboxes) throws IOException {
        StringBuilder text = new StringBuilder("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,"
                + "Display-Name,Given-Name,Surname,Home-Server,Comment,Assoc-NT-Account,Secondary-Proxy-Addresses\r\n");
        for (Mailbox m : mailboxes) {
            String name = m.user().substring(12);
            text.append(name).append(",User ").append(name).append(",Y,Mailbox,Create,\"").append(m.directoryName())
                    .append("\",User ").append(name).append(",User,").append(name).append(",~SERVER,,,")
                    .append(m.migrateOnList() ? "migrate:MS:" + m.user() : "").append("\r\n");
        }
        Files.write(file, text.toString().getBytes(ANSI));
    }

    // ---- an independent reading of the import file ----

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, ANSI);
    }

    /** Lines split at CRLF only (a value must never add one), fields as RFC 4180 with comma. */
    private static List<List<String>> parseImport(String text, String where) {
        assertTrue(text.endsWith("\r\n"), where);
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            assertFalse(line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0, where + ": bare line break in " + line);
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quoted) {
                    if (ch == '"' && c + 1 < line.length() && line.charAt(c + 1) == '"') {
                        field.append('"');
                        c++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            fields.add(field.toString());
            assertEquals(5, fields.size(), where + ": " + line);
            rows.add(fields);
        }
        return rows;
    }

    /** Splits at unescaped {@code %}, reading {@code \%} as a percent sign inside a value. */
    private static List<String> splitMultiValue(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int c = 0; c < cell.length(); c++) {
            if (cell.charAt(c) == '\\' && c + 1 < cell.length() && cell.charAt(c + 1) == '%') {
                value.append('%');
                c++;
            } else if (cell.charAt(c) == '%') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(cell.charAt(c));
            }
        }
        values.add(value.toString());
        return values;
    }
}

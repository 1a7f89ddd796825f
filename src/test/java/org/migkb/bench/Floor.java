package org.migkb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written floor: what a competent programmer would write in plain Java, without a rules
 * engine, to count the users affected per cause in such a case. It reads the same files properly
 * (CSV quoting and quoted line breaks, LDIF folding and base64, the .evt record chain), keeps what
 * it needs in HashMaps, and applies the articles' logic directly. It knows only the formats the
 * benchmark writes (no header synonyms, no code-page guessing), so it is a floor, not a reader.
 */
final class Floor {

    private static final Charset ANSI = Charset.forName("windows-1252");
    private static final Pattern POSTOFFICE = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9]+");

    enum State { PRESENT, ABSENT, MISMATCHED, NO_COLUMN }

    private record User(String ms, String mailbox, String commonName, String fullName, String mode, boolean migrating,
                        State state) {
    }

    private record Rec(boolean mailbox, boolean custom, boolean secondaries, String alias) {
    }

    private final List<User> users = new ArrayList<>();
    private final Set<String> migrateKeys = new HashSet<>();
    private final Set<String> msOnCustom = new HashSet<>();
    private final Map<String, List<Rec>> byMs = new HashMap<>();
    private final Map<String, List<Rec>> byDirectoryName = new HashMap<>();
    private final Map<String, List<Rec>> byAlias = new HashMap<>();
    private final Map<String, List<Rec>> byDisplayName = new HashMap<>();
    private final Set<String> failedAccounts = new HashSet<>();
    private long events;
    private long aborts;

    /** Affected users per "article/cause", for the causes migkb's rules know. */
    static Map<String, Integer> count(List<Path> paths) throws IOException {
        Floor floor = new Floor();
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    floor.read(file);
                }
            }
        }
        return floor.affected();
    }

    private void read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 8 && head[4] == 'L' && head[5] == 'f' && head[6] == 'L' && head[7] == 'e') {
            readEvt(file);
            return;
        }
        String start = new String(head, ANSI);
        if (start.startsWith("version:") || start.startsWith("dn:")) {
            readLdif(file);
        } else if (start.toUpperCase(Locale.ROOT).contains("SFS_USERNAME")) {
            readUserList(file);
        } else if (start.startsWith("Obj-Class")) {
            readDirectoryCsv(file);
        } else {
            readEventCsv(file);
        }
    }

    // ---- user lists ----------------------------------------------------------------------------

    private void readUserList(Path file) throws IOException {
        List<List<String>> preamble = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> header = null;
        try (Csv csv = new Csv(Files.newBufferedReader(file, ANSI))) {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (header == null) {
                    if (row.get(0).equalsIgnoreCase("SFS_UserName")) {
                        header = indexOf(row);
                    } else {
                        preamble.add(row);
                    }
                } else if (!row.get(0).isBlank()) {
                    rows.add(row);
                }
            }
        }
        String stated = null;
        if (preamble.size() >= 2 && preamble.get(0).size() >= 2 && preamble.get(0).get(0).equalsIgnoreCase("Network")) {
            stated = (preamble.get(1).get(0) + "/" + preamble.get(1).get(1)).toUpperCase(Locale.ROOT);
        }
        for (List<String> p : preamble) {
            for (String cell : p) {
                if (stated == null && POSTOFFICE.matcher(cell.trim()).matches()) {
                    stated = cell.trim().toUpperCase(Locale.ROOT);
                }
            }
        }
        Integer secondary = header.get("SECONDARY-PROXY-ADDRESSES");
        Map<String, Integer> postoffices = new TreeMap<>();
        List<List<String>> migrateOf = new ArrayList<>();
        List<List<String>> msOf = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> migrate = new ArrayList<>();
            List<String> ms = new ArrayList<>();
            if (secondary != null) {
                for (String piece : cell(row, secondary).split("%")) {
                    String upper = piece.trim().toUpperCase(Locale.ROOT);
                    if (upper.startsWith("MIGRATE:MS:")) {
                        migrate.add(upper.substring(11));
                    } else if (upper.startsWith("MS:")) {
                        ms.add(upper.substring(3));
                    }
                }
            }
            Stream.concat(migrate.stream(), ms.stream()).forEach(a ->
                    postoffices.merge(a.substring(0, a.lastIndexOf('/')), 1, Integer::sum));
            migrateOf.add(migrate);
            msOf.add(ms);
        }
        String common = postoffices.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String mailbox = cell(row, header.get("SFS_USERNAME")).toUpperCase(Locale.ROOT);
            String ms = msOf.get(i).stream().filter(a -> a.endsWith("/" + mailbox)).findFirst()
                    .orElse(stated != null ? stated + "/" + mailbox
                            : migrateOf.get(i).stream().filter(a -> a.endsWith("/" + mailbox)).findFirst()
                            .orElse(common != null ? common + "/" + mailbox : mailbox));
            State state = secondary == null ? State.NO_COLUMN
                    : migrateOf.get(i).isEmpty() ? State.ABSENT
                    : migrateOf.get(i).contains(ms) ? State.PRESENT : State.MISMATCHED;
            String commonName = cell(row, header.get("COMMON-NAME"));
            String fullName = cell(row, header.get("SFS_FULLNAME"));
            users.add(new User(ms, mailbox, (commonName.isEmpty() ? mailbox : commonName).toUpperCase(Locale.ROOT),
                    nameKey(fullName.isEmpty() ? cell(row, header.get("DISPLAY-NAME")) : fullName), cell(row, header.get("MODE")),
                    !cell(row, header.get("MIGRATEUSER")).toUpperCase(Locale.ROOT).startsWith("N"), state));
        }
    }

    // ---- directory -----------------------------------------------------------------------------

    private void readDirectoryCsv(Path file) throws IOException {
        try (Csv csv = new Csv(Files.newBufferedReader(file, ANSI))) {
            Map<String, Integer> header = indexOf(csv.next());
            boolean secondaries = header.containsKey("SECONDARY-PROXY-ADDRESSES");
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != header.size()) {
                    continue; // the import rejects such rows (Q146304)
                }
                List<String> addresses = new ArrayList<>();
                for (String column : List.of("E-MAIL ADDRESSES", "SECONDARY-PROXY-ADDRESSES", "TARGET-ADDRESS")) {
                    Integer index = header.get(column);
                    if (index != null && !row.get(index).isBlank()) {
                        addresses.addAll(List.of(row.get(index).split("%")));
                    }
                }
                addRecipient(cell(row, header.get("OBJ-CLASS")), cell(row, header.get("DIRECTORY NAME")),
                        cell(row, header.get("ALIAS NAME")), cell(row, header.get("DISPLAY NAME")), secondaries, addresses);
            }
        }
    }

    private void readLdif(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, List<String>> entry = new HashMap<>();
            String pending = null;
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line != null && line.startsWith(" ") && pending != null) {
                    pending += line.substring(1); // a folded line continues the one before
                    continue;
                }
                if (pending != null) {
                    addAttribute(entry, pending);
                    pending = null;
                }
                if (line == null || line.isEmpty()) {
                    if (entry.containsKey("dn")) {
                        ldifEntry(entry);
                    }
                    entry.clear();
                    if (line == null) {
                        return;
                    }
                } else if (!line.startsWith("#")) {
                    pending = line;
                }
            }
        }
    }

    private static void addAttribute(Map<String, List<String>> entry, String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = line.startsWith("::", colon)
                ? new String(Base64.getMimeDecoder().decode(line.substring(colon + 2).trim()), StandardCharsets.UTF_8)
                : line.substring(colon + 1).trim();
        entry.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private void ldifEntry(Map<String, List<String>> entry) {
        String dn = entry.get("dn").get(0);
        String rdn = dn.substring(dn.indexOf('=') + 1, dn.indexOf(',') < 0 ? dn.length() : dn.indexOf(','));
        List<String> classes = entry.getOrDefault("objectclass", List.of());
        String objClass = classes.stream().anyMatch(c -> c.equalsIgnoreCase("remote-address")) ? "remote"
                : classes.stream().anyMatch(c -> c.equalsIgnoreCase("organizationalPerson") || c.equalsIgnoreCase("person"))
                ? "mailbox" : "other";
        List<String> addresses = new ArrayList<>();
        for (String other : entry.getOrDefault("othermailbox", List.of())) {
            int dollar = other.indexOf('$');
            if (dollar > 0) {
                addresses.add(other.substring(0, dollar) + ":" + other.substring(dollar + 1));
            }
        }
        addRecipient(objClass, rdn, first(entry, "uid"), first(entry, "cn"), entry.containsKey("othermailbox"), addresses);
    }

    private void addRecipient(String objClass, String directoryName, String alias, String displayName, boolean secondaries,
                              List<String> addresses) {
        boolean mailbox = objClass.equalsIgnoreCase("mailbox");
        boolean custom = objClass.equalsIgnoreCase("remote");
        Rec rec = new Rec(mailbox, custom, secondaries, alias.toUpperCase(Locale.ROOT));
        for (String address : addresses) {
            String upper = address.trim().toUpperCase(Locale.ROOT);
            if (upper.startsWith("MIGRATE:MS:")) {
                migrateKeys.add(upper.substring(11));
            } else if (upper.startsWith("MS:")) {
                String key = upper.substring(3);
                byMs.computeIfAbsent(key, k -> new ArrayList<>(1)).add(rec);
                if (custom) {
                    msOnCustom.add(key);
                }
            }
        }
        byDirectoryName.computeIfAbsent(directoryName.toUpperCase(Locale.ROOT), k -> new ArrayList<>(1)).add(rec);
        byAlias.computeIfAbsent(rec.alias(), k -> new ArrayList<>(1)).add(rec);
        if (mailbox) {
            byDisplayName.computeIfAbsent(nameKey(displayName), k -> new ArrayList<>(1)).add(rec);
        }
    }

    // ---- events --------------------------------------------------------------------------------

    private void readEventCsv(Path file) throws IOException {
        try (Csv csv = new Csv(Files.newBufferedReader(file, ANSI))) {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() >= 9) {
                    event(row.get(2), Integer.parseInt(row.get(5).trim()), row.get(8));
                }
            }
        }
    }

    /** Follows the record chain from the oldest record to the end-of-file record (logs that do not wrap). */
    private void readEvt(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer log = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            int offset = log.getInt(16);
            while (offset + 8 <= log.limit() && log.getInt(offset + 4) == 0x654c664c) {
                int length = log.getInt(offset);
                int id = log.getInt(offset + 20) & 0xFFFF;
                StringBuilder source = new StringBuilder();
                for (int i = offset + 0x38; log.getChar(i) != 0; i += 2) {
                    source.append(log.getChar(i));
                }
                String description = "";
                if (id == 7017 && log.getShort(offset + 26) > 0) {
                    StringBuilder first = new StringBuilder();
                    for (int i = offset + log.getInt(offset + 36); log.getChar(i) != 0; i += 2) {
                        first.append(log.getChar(i));
                    }
                    description = "Account: " + first;
                }
                event(source.toString(), id, description);
                offset += length;
            }
        }
    }

    private void event(String source, int id, String description) {
        events++;
        if (!source.equalsIgnoreCase("MSExchangeMig")) {
            return;
        }
        if (id == 7026) {
            aborts++;
        } else if (id == 7017) {
            int at = description.indexOf("Account:");
            if (at >= 0) {
                failedAccounts.add(description.substring(at + 8).trim().split("[\\s.]")[0].toUpperCase(Locale.ROOT));
            }
        }
    }

    // ---- the articles' logic -------------------------------------------------------------------

    private Map<String, Integer> affected() {
        Map<String, Integer> affected = new TreeMap<>();
        for (String cause : List.of("Q182665/csv-migrate-proxy-removed", "Q183312/custom-recipient-converted",
                "Q186742/existing-mailbox-other-alias", "Q242184/localized-client", "Q242184/mailbox-precreated")) {
            affected.put(cause, 0);
        }
        for (User u : users) {
            if (!u.migrating()) {
                continue;
            }
            boolean proxied = migrateKeys.contains(u.ms());
            boolean unfoundByMs = false;
            boolean unfoundByName = false;
            if (!proxied) {
                // the strongest link per mailbox: MS: address, then Directory Name, then alias
                Map<Rec, Integer> links = new java.util.IdentityHashMap<>();
                byMs.getOrDefault(u.ms(), List.of()).forEach(r -> links.merge(r, 3, Math::max));
                byDirectoryName.getOrDefault(u.commonName(), List.of()).forEach(r -> links.merge(r, 2, Math::max));
                byAlias.getOrDefault(u.mailbox(), List.of()).forEach(r -> links.merge(r, 1, Math::max));
                for (Map.Entry<Rec, Integer> link : links.entrySet()) {
                    if (link.getKey().mailbox() && link.getKey().secondaries()) {
                        unfoundByMs |= link.getValue() == 3;
                        unfoundByName |= link.getValue() < 3;
                    }
                }
            }
            boolean present = u.state() == State.PRESENT;
            if (!present && !proxied) {
                affected.merge("Q182665/csv-migrate-proxy-removed", 1, Integer::sum);
            }
            if ((!proxied && msOnCustom.contains(u.ms())) || (present && unfoundByMs)) {
                affected.merge("Q183312/custom-recipient-converted", 1, Integer::sum);
            }
            if (present && unfoundByName) {
                affected.merge("Q242184/mailbox-precreated", 1, Integer::sum);
                affected.merge("Q242184/localized-client", 1, Integer::sum);
            }
            boolean otherAlias = !u.mode().isEmpty() && !u.fullName().isEmpty() && byDisplayName
                    .getOrDefault(u.fullName(), List.of()).stream().anyMatch(r -> !r.alias().equals(u.mailbox()));
            boolean sameAlias = byAlias.getOrDefault(u.mailbox(), List.of()).stream().anyMatch(Rec::mailbox);
            if ((otherAlias || failedAccounts.contains(u.mailbox())) && !sameAlias) {
                affected.merge("Q186742/existing-mailbox-other-alias", 1, Integer::sum);
            }
        }
        return affected;
    }

    long events() {
        return events;
    }

    long aborts() {
        return aborts;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Map<String, Integer> indexOf(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim().toUpperCase(Locale.ROOT), i);
        }
        return index;
    }

    private static String cell(List<String> row, Integer index) {
        return index == null || index >= row.size() ? "" : row.get(index).trim();
    }

    private static String first(Map<String, List<String>> entry, String name) {
        List<String> values = entry.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** "Last, First" as "FIRST LAST", upper case, without accents, blanks collapsed. */
    private static String nameKey(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
            n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
        }
        return Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }

    /** RFC 4180 records: quoted fields with doubled quotes and line breaks; blank lines skipped. */
    private static final class Csv implements AutoCloseable {
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private final StringBuilder field = new StringBuilder();

        Csv(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        List<String> next() throws IOException {
            List<String> row = new ArrayList<>();
            field.setLength(0);
            boolean quoted = false;
            boolean any = false;
            for (int c = read(); ; c = read()) {
                if (c < 0) {
                    if (!any) {
                        return null;
                    }
                    row.add(field.toString());
                    return row;
                }
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (d < 0) {
                                row.add(field.toString());
                                return row;
                            }
                            position--; // look again at the character after the closing quote
                        }
                    } else {
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == '\r') {
                    continue;
                }
                if (c == '\n') {
                    if (!any) {
                        continue; // a blank line
                    }
                    row.add(field.toString());
                    return row;
                }
                any = true;
                if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else {
                    field.append((char) c);
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

package org.migkb.report;

import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.MailboxTarget;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.ingest.CaseData;
import org.migkb.ingest.RemedyManifest;
import org.migkb.knowledge.Cause;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what an engineer imports to fix a case: for every diagnosis whose remedy adds the
 * {@code migrate:} proxy, an Exchange directory import file (Q146304: header first, one object
 * per row, {@code %} between values, CRLF) with one row per affected user's mailbox, and a text
 * with the import and verification steps.
 *
 * <p>The import never removes an address. Each row's {@code Secondary-Proxy-Addresses} holds
 * every secondary address the export showed for the mailbox, as written, plus the
 * {@code migrate:} proxy, so even an import in Overwrite mode (which replaces the whole
 * attribute, Q236983) keeps them. A mailbox whose secondaries the export did not show gets no
 * row: migkb cannot know what a row would delete. Nor does a mailbox whose Directory Name or
 * Home-Server a spreadsheet would run as a formula or that holds a line break: the value cannot
 * be neutralised without changing what the import reads. Both are listed in the text instead,
 * with what to do.
 *
 * <p>The files are named in a {@link RemedyManifest} in the folder, so a later run that reads
 * the folder as part of a case skips them.
 */
public final class RemedyFiles {

    private static final List<String> COLUMNS = List.of("Obj-Class", "Mode", "Directory Name", "Home-Server",
            RecipientAddress.SECONDARY_PROXY_ADDRESSES);
    private static final Charset ANSI = Charset.forName("windows-1252");

    /** A file to write: its name in the remedy folder and its bytes. */
    public record RemedyFile(String name, byte[] bytes) {
    }

    /** Writes the files for the report's diagnoses into {@code folder}; returns the files written, in order. */
    public List<Path> write(Path folder, Report report, CaseData data) throws IOException {
        return write(folder, plan(report, data));
    }

    /**
     * The files {@link #write} would write for the report's diagnoses, without writing anything
     * (the manifest is not among them).
     */
    public List<RemedyFile> plan(Report report, CaseData data) {
        Map<String, Recipient> recipients = new HashMap<>();
        Map<String, List<RecipientAddress>> addresses = new HashMap<>();
        for (Object fact : data.facts()) {
            if (fact instanceof Recipient r) {
                recipients.put(r.id(), r);
            } else if (fact instanceof RecipientAddress a) {
                addresses.computeIfAbsent(a.recipientId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<RemedyFile> files = new ArrayList<>();
        for (Diagnosis d : report.diagnoses()) {
            if (!Cause.ADD_MIGRATE_PROXY.equals(d.remedy()) || d.affected().isEmpty()) {
                continue;
            }
            String base = d.article() + "-" + d.cause();
            List<ImportRow> rows = new ArrayList<>();
            List<HeldBack> heldBack = new ArrayList<>();
            for (MailboxTarget target : d.mailboxes()) {
                Recipient mailbox = recipients.get(target.recipientId());
                List<RecipientAddress> own = addresses.getOrDefault(target.recipientId(), List.of());
                String reason = mailbox == null ? "the mailbox is not in the directory data" : holdBackReason(mailbox, own);
                List<String> cells = reason == null ? cells(mailbox, target, own) : List.of();
                if (reason == null) {
                    reason = unsafeCell(cells);
                }
                if (reason == null) {
                    rows.add(new ImportRow(target, cells));
                } else {
                    heldBack.add(new HeldBack(target, reason, mailbox != null && secondariesUnknown(mailbox, own)));
                }
            }
            String csvName = base + ".csv";
            if (!rows.isEmpty()) {
                files.add(new RemedyFile(csvName, encode(importFile(rows))));
            }
            String text = RemedyInstructions.text(d, rows.stream().map(ImportRow::target).toList(),
                    heldBack.stream().map(h -> new RemedyInstructions.Held(h.target(), h.reason(), h.secondariesUnknown())).toList(),
                    csvName);
            files.add(new RemedyFile(base + ".txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    /** Writes planned files into {@code folder} and names them in its manifest; returns the files written. */
    public List<Path> write(Path folder, List<RemedyFile> files) throws IOException {
        List<Path> written = new ArrayList<>();
        if (files.isEmpty()) {
            return written;
        }
        Files.createDirectories(folder);
        RemedyManifest.record(folder, files.stream().map(RemedyFile::name).toList());
        for (RemedyFile file : files) {
            Path path = folder.resolve(file.name());
            Files.write(path, file.bytes());
            written.add(path);
        }
        return written;
    }

    private record ImportRow(MailboxTarget target, List<String> cells) {
    }

    private record HeldBack(MailboxTarget target, String reason, boolean secondariesUnknown) {
    }

    /** Why the mailbox gets no row whatever its addresses, or null. */
    private static String holdBackReason(Recipient mailbox, List<RecipientAddress> addresses) {
        if (!mailbox.secondariesExported()) {
            return "the export did not show its secondary addresses (no Secondary-Proxy-Addresses), so a row could delete"
                    + " addresses migkb never saw";
        }
        if (secondariesUnknown(mailbox, addresses)) {
            return "it was read from an LDAP dump, whose otherMailbox does not say which addresses are secondary and"
                    + " leaves out secondary SMTP and X.400 addresses, so a row could delete addresses migkb never saw";
        }
        return null;
    }

    /** Whether the export leaves the mailbox's full list of secondary addresses unknown. */
    private static boolean secondariesUnknown(Recipient mailbox, List<RecipientAddress> addresses) {
        return !mailbox.secondariesExported() || addresses.stream().anyMatch(a -> a.attribute().equals("otherMailbox"));
    }

    /**
     * The row's cells: every secondary address the export showed, as written, then the
     * {@code migrate:} proxy unless one for the user is among them already.
     */
    private static List<String> cells(Recipient mailbox, MailboxTarget target, List<RecipientAddress> addresses) {
        List<String> secondaries = new ArrayList<>();
        String migrateValue = "MS:" + target.user();
        boolean hasMigrate = false;
        for (RecipientAddress a : addresses) {
            if (!a.primary()) {
                secondaries.add(a.written());
                hasMigrate |= a.type().equals("MIGRATE") && a.value().equalsIgnoreCase(migrateValue);
            }
        }
        if (!hasMigrate) {
            secondaries.add("migrate:" + migrateValue);
        }
        return List.of("Mailbox", "Modify", mailbox.directoryName(), mailbox.homeServer(), multiValue(secondaries));
    }

    /** Joins values with {@code %}, escaping a {@code %} inside a value as {@code \%} (Q156063 section 7.4). */
    private static String multiValue(List<String> values) {
        return String.join("%", values.stream().map(v -> v.replace("%", "\\%")).toList());
    }

    /**
     * Why a row cannot be written safely, or null. A cell that starts with {@code = + - @} (or
     * a tab or carriage return before one) is a formula to a spreadsheet; a prefix that would stop
     * that (an apostrophe, a space) becomes part of the value the import reads, so such rows are
     * left to the engineer. A line break would split the row.
     */
    static String unsafeCell(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                return "its " + COLUMNS.get(i) + " holds a line break, which would split the import row";
            }
            if (!cell.isEmpty() && "=+-@\t".indexOf(cell.charAt(0)) >= 0) {
                return "its " + COLUMNS.get(i) + " starts with '" + RemedyInstructions.printable(cell.substring(0, 1))
                        + "', which a spreadsheet would run as a formula; a prefix that stops it would change the value"
                        + " the import reads";
            }
        }
        return null;
    }

    /** The import file: header, then one row per mailbox, comma-separated, CRLF after each line. */
    private static String importFile(List<ImportRow> rows) {
        StringBuilder out = new StringBuilder();
        appendLine(out, COLUMNS);
        for (ImportRow row : rows) {
            appendLine(out, row.cells());
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * A cell quoted only when it must be, as the Administrator's own exports are: a comma or quote
     * (Q146304), blanks at either end, or an escaped separator (Q156063 quotes the whole field).
     */
    private static String quoted(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.contains("\\%")
                || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** ANSI like an Administrator export when every character fits, else Unicode with a byte-order mark. */
    private static byte[] encode(String text) {
        if (ANSI.newEncoder().canEncode(text)) {
            return text.getBytes(ANSI);
        }
        ByteBuffer body = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[body.remaining() + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        body.get(bytes, 2, body.remaining());
        return bytes;
    }
}

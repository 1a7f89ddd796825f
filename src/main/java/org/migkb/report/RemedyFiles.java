package org.migkb.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.migkb.address.ProxyAddress;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.MailboxTarget;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.ingest.CaseData;
import org.migkb.knowledge.Cause;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what an engineer imports to fix a case: for every diagnosis whose remedy adds the
 * {@code migrate:} proxy, an Exchange directory import file (Q146304: header first, one object
 * per row, {@code %} between values, CRLF) with one row per affected user's mailbox, and a short
 * text with the import and verification steps. A directory import replaces a multi-valued
 * attribute, so each row carries the mailbox's existing secondary addresses as well. Rows are
 * written only for mailboxes found in the directory data; users without one are listed in the
 * text instead.
 */
public final class RemedyFiles {

    private static final List<String> COLUMNS = List.of("Obj-Class", "Mode", "Directory Name", "Home-Server",
            "Secondary-Proxy-Addresses");
    private static final Charset ANSI = Charset.forName("windows-1252");
    /** Quotes a value only when it needs it, as the Administrator's own exports do. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** Writes the files for the report's diagnoses into {@code folder}; returns the files written, in order. */
    public List<Path> write(Path folder, Report report, CaseData data) throws IOException {
        Map<String, Recipient> recipients = new HashMap<>();
        Map<String, List<RecipientAddress>> addresses = new HashMap<>();
        for (Object fact : data.facts()) {
            if (fact instanceof Recipient r) {
                recipients.put(r.id(), r);
            } else if (fact instanceof RecipientAddress a) {
                addresses.computeIfAbsent(a.recipientId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Diagnosis d : report.diagnoses()) {
            if (!Cause.ADD_MIGRATE_PROXY.equals(d.remedy()) || d.affected().isEmpty()) {
                continue;
            }
            Files.createDirectories(folder);
            String base = d.article() + "-" + d.cause();
            Path csv = folder.resolve(base + ".csv");
            List<MailboxTarget> rows = d.mailboxes();
            if (!rows.isEmpty()) {
                writeBytes(csv, importFile(rows, recipients, addresses));
                written.add(csv);
            }
            Path text = folder.resolve(base + ".txt");
            Files.writeString(text, instructions(d, rows, csv.getFileName().toString()).replace("\n", "\r\n"), StandardCharsets.UTF_8);
            written.add(text);
        }
        return written;
    }

    private static String importFile(List<MailboxTarget> rows, Map<String, Recipient> recipients,
                                     Map<String, List<RecipientAddress>> addresses) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter csv = CSV.writer(schema.build()).writeValues(out)) {
            for (MailboxTarget target : rows) {
                Recipient mailbox = recipients.get(target.recipientId());
                List<String> secondaries = new ArrayList<>();
                for (RecipientAddress a : addresses.getOrDefault(target.recipientId(), List.of())) {
                    if (!a.primary()) {
                        secondaries.add(new ProxyAddress(a.type(), a.value(), false).toString());
                    }
                }
                String migrate = "migrate:MS:" + target.user();
                if (secondaries.stream().noneMatch(s -> s.equalsIgnoreCase(migrate))) {
                    secondaries.add(migrate);
                }
                csv.write(new String[] {"Mailbox", "Modify", mailbox.directoryName(), mailbox.homeServer(),
                        String.join("%", secondaries)});
            }
        }
        return out.toString();
    }

    /** ANSI like an Administrator export when every character fits, else Unicode with a byte-order mark. */
    private static void writeBytes(Path file, String text) throws IOException {
        if (ANSI.newEncoder().canEncode(text)) {
            Files.write(file, text.getBytes(ANSI));
            return;
        }
        ByteBuffer body = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[body.remaining() + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        body.get(bytes, 2, body.remaining());
        Files.write(file, bytes);
    }

    private static String instructions(Diagnosis d, List<MailboxTarget> rows, String csvName) {
        StringBuilder t = new StringBuilder();
        t.append("migkb remedy for ").append(d.article()).append(' ').append(d.cause()).append('\n');
        t.append(d.title()).append('\n').append('\n');
        if (rows.isEmpty()) {
            t.append("No import file: none of the affected users' mailboxes is in the directory data.\n\n");
        } else {
            t.append(csvName).append(" adds the migrate: proxy to ").append(rows.size()).append(" mailbox")
                    .append(rows.size() == 1 ? "" : "es").append(":\n");
            for (MailboxTarget row : rows) {
                t.append(String.format(Locale.ROOT, "  %-24s mailbox %s (%s, matched by %s)%n", row.user(), row.directoryName(),
                        row.source(), row.via()));
            }
            t.append("\nEach row also carries the mailbox's existing secondary addresses: a directory import replaces\n"
                    + "the whole Secondary-Proxy-Addresses attribute, so an address left out of the row is removed.\n\n");
        }
        List<String> without = d.affected().stream().filter(u -> rows.stream().noneMatch(r -> r.user().equals(u))).toList();
        if (!without.isEmpty()) {
            t.append("Affected users with no mailbox in the directory data (no row was written for them):\n");
            without.forEach(u -> t.append("  ").append(u).append('\n'));
            t.append("Find or create their mailboxes, then add migrate:MS:NET/PO/MAILBOX to each by hand.\n\n");
        }
        if (!rows.isEmpty()) {
            t.append("To import:\n");
            t.append("  1. Compare the rows with a fresh directory export that includes Secondary-Proxy-Addresses:\n"
                    + "     if a mailbox changed since the export migkb read, correct its row first.\n");
            t.append("  2. In the Exchange Administrator program choose Tools, Directory Import, select the recipients\n"
                    + "     container that holds these mailboxes and the file ").append(csvName).append(", and import.\n");
            t.append("  3. Read the import log for rows that were rejected.\n\n");
        }
        t.append("To verify:\n  ").append(d.verify() == null ? "" : d.verify()).append('\n');
        t.append("  Then export the mailboxes again and run migkb on the case: these users should no longer be flagged.\n");
        return t.toString();
    }
}

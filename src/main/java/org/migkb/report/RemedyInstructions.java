package org.migkb.report;

import org.migkb.diagnosis.Diagnosis;
import org.migkb.diagnosis.MailboxTarget;

import java.util.List;
import java.util.Locale;

/** The text beside a remedy import file: what it changes, what it leaves out and why, how to import and verify. */
final class RemedyInstructions {

    /** A mailbox that got no import row, and why. */
    record Held(MailboxTarget target, String reason, boolean secondariesUnknown) {
    }

    private RemedyInstructions() {
    }

    static String text(Diagnosis d, List<MailboxTarget> rows, List<Held> held, String csvName) {
        StringBuilder t = new StringBuilder();
        t.append("migkb remedy for ").append(d.article()).append(' ').append(d.cause()).append('\n');
        t.append(printable(d.title())).append('\n').append('\n');
        if (rows.isEmpty()) {
            t.append("No import file: no affected user's mailbox could be given a row (see below).\n\n");
        } else {
            t.append(csvName).append(" adds the migrate: proxy to ").append(rows.size()).append(" mailbox")
                    .append(rows.size() == 1 ? "" : "es").append(":\n");
            rows.forEach(row -> t.append(line(row)).append('\n'));
            t.append("""

                    Each row's Secondary-Proxy-Addresses holds every secondary address the export showed for
                    that mailbox, exactly as written there, plus the migrate: proxy. The row is therefore complete:
                    even imported with Overwrite, which replaces the whole attribute, it removes none of the
                    addresses the export showed.

                    """);
        }
        if (!held.isEmpty()) {
            t.append("Mailboxes given no import row (add migrate:MS:NET/PO/MAILBOX to each by hand in the Exchange\n"
                    + "Administrator, E-mail Addresses, New, Other address, or follow the note):\n");
            for (Held h : held) {
                t.append(line(h.target())).append("\n    ").append(printable(h.reason())).append('\n');
            }
            if (held.stream().anyMatch(Held::secondariesUnknown)) {
                t.append("""
                        To have migkb write their rows, export these mailboxes first with a header that includes
                        Secondary-Proxy-Addresses (Q153028: without it an export holds only the primary addresses;
                        Q155414 shows how to name the columns to export), add that export to the case and run
                        migkb again.
                        """);
            }
            t.append('\n');
        }
        List<String> without = d.affected().stream()
                .filter(u -> d.mailboxes().stream().noneMatch(m -> m.user().equals(u))).toList();
        if (!without.isEmpty()) {
            t.append("Affected users with no mailbox in the directory data (no row was written for them):\n");
            without.forEach(u -> t.append("  ").append(printable(u)).append('\n'));
            t.append("Find or create their mailboxes, then add migrate:MS:NET/PO/MAILBOX to each by hand.\n\n");
        }
        if (!rows.isEmpty()) {
            t.append("To import:\n");
            t.append("""
                      1. Compare the rows with a fresh directory export that includes Secondary-Proxy-Addresses:
                         if a mailbox gained an address since the export migkb read, add it to its row first.
                    """);
            t.append("  2. In the Exchange Administrator program choose Tools, Directory Import, select the recipients\n"
                    + "     container that holds these mailboxes and the file ").append(csvName).append(".\n");
            t.append("""
                         Where the dialog offers a choice for multi-valued properties, choose Append (Q236983
                         shows the Overwrite and Append choice): the migrate: proxy is then added to what each
                         mailbox has. Overwrite is safe too, for the reason above, as long as step 1 found nothing new.
                      3. Import, then read the import log for rows that were rejected.

                    """);
        }
        t.append("To verify:\n  ").append(d.verify() == null ? "" : printable(d.verify())).append('\n');
        t.append("  Then export the mailboxes again and run migkb on the case: these users should no longer be flagged.\n");
        return t.toString();
    }

    private static String line(MailboxTarget row) {
        return String.format(Locale.ROOT, "  %-24s mailbox %s (%s, matched by %s)", printable(row.user()),
                printable(row.directoryName()), printable(row.source()), row.via());
    }

    /**
     * Text from the case made safe for a line of the instructions: control characters (line
     * breaks included, so a value cannot forge a line) written as {@code \}{@code uXXXX}.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

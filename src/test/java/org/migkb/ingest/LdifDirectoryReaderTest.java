package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.RecipientKind;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

class LdifDirectoryReaderTest {

    private static List<String> addressesOf(CaseData data, Recipient recipient) {
        return Fixtures.factsOf(data, RecipientAddress.class).stream()
                .filter(a -> a.recipientId().equals(recipient.id()))
                .map(a -> (a.primary() ? "P " : "S ") + a.type() + ":" + a.value() + (a.msKey() == null ? "" : " -> " + a.msKey()))
                .toList();
    }

    @Test
    void activeDirectoryDump() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-ad.ldif"));
        assertEquals("directory-ldif", data.inputs().get(0).format());
        List<Recipient> recipients = Fixtures.factsOf(data, Recipient.class);
        assertEquals(List.of("ALICE", "DAVE-MSMAIL", "All Staff"), recipients.stream().map(Recipient::directoryName).toList());

        Recipient alice = recipients.get(0);
        assertEquals(RecipientKind.MAILBOX, alice.kind());
        assertEquals("Alicia Peña", alice.displayName(), "base64 value decoded as UTF-8");
        assertEquals("ALICE", alice.aliasKey());
        assertTrue(alice.secondariesExported());
        assertEquals("1999-11-20T14:10:00Z", alice.created());
        assertEquals("/o=Contoso/ou=HQ/cn=Recipients/cn=alice", alice.exchangeDn());
        assertEquals(3, alice.at().line());
        assertEquals(List.of(
                "P SMTP:alice@contoso.com",
                "P X400:c=US;a= ;p=Contoso;o=HQ;s=Pena;g=Alicia;",
                "S MIGRATE:MS:NET1/PO1/ALICE -> NET1/PO1/ALICE",
                "S SMTP:alicia.pena@contoso.com.this-is-a-long-domain-name-that-ldifde-folds-across-lines.example"),
                addressesOf(data, alice));

        Recipient dave = recipients.get(1);
        assertEquals(RecipientKind.CUSTOM_RECIPIENT, dave.kind());
        assertEquals(List.of("P MS:NET1/PO1/DAVE -> NET1/PO1/DAVE", "S SMTP:davems@contoso.com"), addressesOf(data, dave));
        assertEquals(RecipientKind.DISTRIBUTION_LIST, recipients.get(2).kind());
    }

    @Test
    void changeRecordsAndBrokenEntriesAreWarnedAtTheirLine() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-ad.ldif"));
        List<String> warnings = Fixtures.warningsOf(data);
        String file = INGEST.resolve("directory-ad.ldif").toString();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(file + ":41: a change record, not an entry; skipped", warnings.get(0));
        assertTrue(warnings.get(1).startsWith(file + ":4"), warnings.get(1));
        assertTrue(warnings.get(1).contains("not a valid LDIF entry"), warnings.get(1));
        assertEquals(5, data.inputs().get(0).records());
    }

    @Test
    void exchange55LdapDump() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-ex55.ldif"));
        List<Recipient> recipients = Fixtures.factsOf(data, Recipient.class);
        Recipient bob = recipients.get(0);
        assertEquals("BOB", bob.directoryNameKey());
        assertEquals("BOB", bob.aliasKey());
        assertEquals("Bob Baker", bob.displayName());
        assertEquals(RecipientKind.MAILBOX, bob.kind());
        assertEquals("", bob.created());
        assertEquals(List.of(
                "P SMTP:bob@contoso.com",
                "P X400:c=US;a= ;p=Contoso;o=HQ;s=Baker;g=Bob;",
                "S MS:CONTOSO/HQ/BOB -> CONTOSO/HQ/BOB",
                "S MIGRATE:MS:NET1/PO1/BOB -> NET1/PO1/BOB"), addressesOf(data, bob),
                "otherMailbox does not say which of its addresses are primary, whatever the case of the type: not primary");
        Recipient dave = recipients.get(1);
        assertEquals(RecipientKind.CUSTOM_RECIPIENT, dave.kind());
        assertFalse(addressesOf(data, dave).isEmpty());
        assertEquals(List.of(INGEST.resolve("directory-ex55.ldif") + ":14: otherMailbox value 'nodollarsign' is not of the form type$address; ignored"),
                Fixtures.warningsOf(data));
    }
}

package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.Recipient;
import org.migkb.facts.RecipientAddress;
import org.migkb.facts.RecipientKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.ingest.Fixtures.INGEST;

class DirectoryExportReaderTest {

    private static List<String> addressesOf(CaseData data, String directoryName) {
        String id = Fixtures.factsOf(data, Recipient.class).stream()
                .filter(r -> r.directoryName().equals(directoryName)).findFirst().orElseThrow().id();
        return Fixtures.factsOf(data, RecipientAddress.class).stream()
                .filter(a -> a.recipientId().equals(id))
                .map(a -> (a.primary() ? "P " : "S ") + a.type() + ":" + a.value() + (a.msKey() == null ? "" : " -> " + a.msKey()))
                .toList();
    }

    @Test
    void readsObjectsAndEveryAddressWithItsKind() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-comma.csv"));
        assertEquals("directory-export-csv", data.inputs().get(0).format());
        List<Recipient> recipients = Fixtures.factsOf(data, Recipient.class);
        assertEquals(List.of("ALICE", "DAVE-MSMAIL", "ODD", "ALLSTAFF"), recipients.stream().map(Recipient::directoryName).toList());
        Recipient alice = recipients.get(0);
        assertEquals(RecipientKind.MAILBOX, alice.kind());
        assertEquals("Archer, Alice", alice.displayName());
        assertEquals("ALICE", alice.aliasKey());
        assertTrue(alice.secondariesExported());
        assertEquals(RecipientKind.CUSTOM_RECIPIENT, recipients.get(1).kind());
        assertEquals(RecipientKind.DISTRIBUTION_LIST, recipients.get(3).kind());
        assertEquals(List.of(
                "P SMTP:alice@contoso.com",
                "P X400:c=US;a= ;p=Contoso;o=HQ;s=Archer;g=Alice;",
                "P MS:CONTOSO/HQ/ALICE -> CONTOSO/HQ/ALICE",
                "S MIGRATE:MS:NET1/PO1/ALICE -> NET1/PO1/ALICE",
                "S SMTP:aa@contoso.com"), addressesOf(data, "ALICE"));
    }

    @Test
    void targetAddressRepeatingAProxyIsOneAddressAndDelIsNoValue() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-comma.csv"));
        assertEquals(List.of("P MS:NET1/PO1/DAVE -> NET1/PO1/DAVE"), addressesOf(data, "DAVE-MSMAIL"));
    }

    @Test
    void deleteRowsAreCountedButDescribeNoObject() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-comma.csv"));
        assertTrue(Fixtures.factsOf(data, Recipient.class).stream().noneMatch(r -> r.directoryName().equals("OLDBOX")));
        assertEquals(6, data.inputs().get(0).records());
    }

    @Test
    void malformedRowsAndAddressesAreWarnedAtTheirLine() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-comma.csv"));
        String file = INGEST.resolve("directory-comma.csv").toString();
        assertEquals(List.of(
                file + ":5: 6 fields where the header has 9; row skipped",
                file + ":6: 'garbage' is not an address of the form TYPE:value; ignored",
                file + ":6: 'ms:NOT-A-MS-ADDRESS' is not a valid MS Mail address NET/PO/MAILBOX; kept, but matches no user"),
                Fixtures.warningsOf(data));
    }

    @Test
    void tabSeparatedExportWithOtherHeaderSpellings() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-tab.txt"));
        Recipient bob = Fixtures.factsOf(data, Recipient.class).get(0);
        assertEquals("BOB", bob.directoryNameKey());
        assertEquals("BBAKER", bob.aliasKey());
        assertFalse(bob.secondariesExported(), "no Secondary-Proxy-Addresses column: secondaries unknown (Q153028)");
        assertEquals(List.of("P SMTP:bob@contoso.com", "P MS:CONTOSO/HQ/BBAKER -> CONTOSO/HQ/BBAKER"), addressesOf(data, "BOB"));
    }

    @Test
    void unicodeExportFromExcelReadsTheSame(@TempDir Path dir) throws IOException {
        String text = Files.readString(INGEST.resolve("directory-comma.csv"), TextEncoding.WINDOWS_1252);
        Path unicode = dir.resolve("export-unicode.csv");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(unicode, withBom);

        CaseData original = Fixtures.load(INGEST.resolve("directory-comma.csv"));
        CaseData converted = Fixtures.load(unicode);
        assertEquals("UTF-16LE (BOM)", converted.inputs().get(0).encoding());
        assertEquals(addressesOf(original, "ALICE"), addressesOf(converted, "ALICE"));
        assertEquals(Fixtures.factsOf(original, Recipient.class).size(), Fixtures.factsOf(converted, Recipient.class).size());
    }

    @Test
    void theColumnDecidesWhatIsSecondaryWhateverTheCaseOfTheType() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-secondaries-upper.csv"));
        assertEquals(List.of(
                "P SMTP:cdiaz@nwind.com",
                "P X400:c=US;a= ;p=NWind;o=EXHQ;s=Diaz;g=Carlos;",
                "P MS:NWIND/EXHQ/CDIAZ -> NWIND/EXHQ/CDIAZ",
                "S MS:NWIND/SALES/CDIAZ -> NWIND/SALES/CDIAZ",
                "S SMTP:carlos.diaz@nwind.com"), addressesOf(data, "CDIAZ"),
                "Secondary-Proxy-Addresses written with capitals (Q155594, Q291086) are still secondaries");
        assertEquals(List.of("P SMTP:pct@nwind.com", "S SMTP:50%off@nwind.com", "S MS:NWIND/SALES/PCT -> NWIND/SALES/PCT"),
                addressesOf(data, "PCT"), "a lower-case type in E-mail Addresses is primary; \\% is one value's percent sign");
    }

    @Test
    void eachAddressKeepsItsWrittenFormAndColumn() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-secondaries-upper.csv"));
        List<String> written = Fixtures.factsOf(data, RecipientAddress.class).stream()
                .filter(a -> a.value().contains("SALES")).map(a -> a.attribute() + " " + a.written()).toList();
        assertEquals(List.of("Secondary-Proxy-Addresses MS:NWIND/SALES/CDIAZ", "Secondary-Proxy-Addresses MS:NWIND/SALES/PCT"), written);
        assertTrue(Fixtures.factsOf(data, RecipientAddress.class).stream()
                .anyMatch(a -> a.written().equals("smtp:50%off@nwind.com") && a.attribute().equals("Secondary-Proxy-Addresses")));
    }

    @Test
    void delClearsAndDelOfOneValueIsARemovalNotAnAddress() throws IOException {
        CaseData data = Fixtures.load(INGEST.resolve("directory-secondaries-upper.csv"));
        assertEquals(List.of("P SMTP:gone@nwind.com"), addressesOf(data, "GONE"));
        assertEquals(List.of("P SMTP:r@nwind.com"), addressesOf(data, "REMOVAL"));
        String file = INGEST.resolve("directory-secondaries-upper.csv").toString();
        assertEquals(List.of(file + ":5: '~del<TEST:someone@microsoft>' asks the import to remove that address (Q184536);"
                + " not read as one of the object's addresses"), Fixtures.warningsOf(data));
    }
}

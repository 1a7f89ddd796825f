package org.migkb.address;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyAddressTest {

    @Test
    void typeIsComparedInCapitalsAndTheAddressKeptAsWritten() {
        ProxyAddress upper = ProxyAddress.parse("  SMTP:alice@contoso.com ").orElseThrow();
        ProxyAddress lower = ProxyAddress.parse("smtp:aarcher@contoso.com").orElseThrow();
        assertTrue(upper.typeInCapitals());
        assertFalse(lower.typeInCapitals());
        assertEquals("SMTP", lower.type());
        assertEquals("aarcher@contoso.com", lower.value());
        assertEquals("smtp:aarcher@contoso.com", lower.written());
        assertEquals("SMTP:alice@contoso.com", upper.toString());
        assertTrue(ProxyAddress.parse("Smtp:ALICE@contoso.com").orElseThrow().sameAddress(upper));
        assertFalse(lower.sameAddress(upper));
    }

    @Test
    void migrateProxyCarriesTheUsersMsMailAddress() {
        ProxyAddress migrate = ProxyAddress.parse("migrate:MS:net1/po1/alice").orElseThrow();
        assertEquals("MIGRATE", migrate.type());
        assertEquals("NET1/PO1/ALICE", migrate.msMailAddress().orElseThrow().key());
        assertEquals("NET1/PO1/BOB", ProxyAddress.parse("MS:NET1/PO1/Bob").orElseThrow().msMailAddress().orElseThrow().key());
    }

    @Test
    void migrateProxyOfAnotherSystemHasNoMsMailAddress() {
        assertEquals(Optional.empty(), ProxyAddress.parse("migrate:PROFS:Sydney(EBoyle)").orElseThrow().msMailAddress());
        assertEquals(Optional.empty(), ProxyAddress.parse("SMTP:a@b.c").orElseThrow().msMailAddress());
    }

    @Test
    void textWithoutTypeOrValueIsNotAnAddress() {
        assertTrue(ProxyAddress.parse("alice@contoso.com").isEmpty());
        assertTrue(ProxyAddress.parse("SMTP:").isEmpty());
        assertTrue(ProxyAddress.parse("").isEmpty());
        assertTrue(ProxyAddress.parse(null).isEmpty());
    }

    @Test
    void percentSeparatesEveryValue() {
        assertEquals(List.of("SMTP:a@b.c", "MS:N/P/M"), ProxyAddress.splitList("SMTP:a@b.c%MS:N/P/M", '%'));
    }

    @Test
    void semicolonSplitsOnlyBeforeAnotherTypeSoX400StaysWhole() {
        String x400 = "X400:c=US;a= ;p=Contoso;o=HQ;s=Archer;g=Alice;";
        assertEquals(List.of(x400, "migrate:MS:NET1/PO1/ALICE", "smtp:a@b.c"),
                ProxyAddress.splitList(x400 + ";migrate:MS:NET1/PO1/ALICE;smtp:a@b.c", ';'));
    }

    @Test
    void blankPiecesAreDropped() {
        assertEquals(List.of("SMTP:a@b.c"), ProxyAddress.splitList("%SMTP:a@b.c%%", '%'));
        assertEquals(List.of(), ProxyAddress.splitList("  ", '%'));
    }
}

package org.migkb.address;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MsMailAddressTest {

    @Test
    void readsThreePartsAndKeysThemInUpperCase() {
        MsMailAddress address = MsMailAddress.parse(" net1/Po1/alice ").orElseThrow();
        assertEquals("net1", address.network());
        assertEquals("NET1/PO1/ALICE", address.key());
        assertEquals("NET1/PO1", address.postofficeKey());
    }

    @Test
    void rejectsWrongShapes() {
        assertTrue(MsMailAddress.parse("NET1/PO1").isEmpty());
        assertTrue(MsMailAddress.parse("NET1/PO1/A/B").isEmpty());
        assertTrue(MsMailAddress.parse("NET1//ALICE").isEmpty());
        assertTrue(MsMailAddress.parse("NET1/PO 1/ALICE").isEmpty());
    }
}

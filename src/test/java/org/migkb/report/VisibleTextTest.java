package org.migkb.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisibleTextTest {

    @Test
    void ordinaryNamesAreKeptAsTheyAre() {
        for (String name : List.of("Archer, Alice", "O'Brien", "Müller, Jürgen", "Çelik Ağaoğlu", "DOMAIN\\user", "AT&T",
                "SFS_UserName", "smtp:a.b@contoso.com", "Ελένη", "李小龍", "Smile \ud83d\ude00", "NET1/PO1/ALICE", "")) {
            assertSame(name, VisibleText.of(name), name);
        }
        assertNull(VisibleText.of(null));
    }

    @Test
    void lineBreaksAndTerminalControlsBecomeEscapes() {
        assertEquals("a\\r\\nb\\tc", VisibleText.of("a\r\nb\tc"));
        assertEquals("\\x1b[2J\\x1b]0;owned\\x07", VisibleText.of("\u001b[2J\u001b]0;owned\u0007"));
        assertEquals("Nul\\x00Name\\x7f", VisibleText.of("Nul\u0000Name\u007f"));
        assertEquals("C1 CSI \\x9b31m NEL \\x85", VisibleText.of("C1 CSI \u009b31m NEL \u0085"));
        assertEquals("line\\u2028para\\u2029", VisibleText.of("line\u2028para\u2029"));
    }

    @Test
    void bidirectionalControlsBecomeEscapes() {
        assertEquals("\\u202egnp.exe\\u202c", VisibleText.of("\u202egnp.exe\u202c"));
        assertEquals("\\u202a\\u202b\\u202d \\u2066\\u2067\\u2068\\u2069 \\u200e\\u200f\\u061c",
                VisibleText.of("\u202a\u202b\u202d \u2066\u2067\u2068\u2069 \u200e\u200f\u061c"));
    }

    @Test
    void aSurrogateWithoutItsPairBecomesAnEscapeAndAPairIsKept() {
        assertEquals("a\\ud800b", VisibleText.of("a\ud800b"));
        assertEquals("a\\udc00", VisibleText.of("a\udc00"));
        assertEquals("\\ude00\ud83d\ude00\\ud83d", VisibleText.of("\ude00\ud83d\ude00\ud83d"));
    }

    @Test
    void theResultHasNoActingCharacterLeft() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c);
        }
        String shown = VisibleText.of(every.toString() + "\ud800");
        for (int i = 0; i < shown.length(); i++) {
            assertFalse(VisibleText.acts(shown.charAt(i)), "acting character U+" + Integer.toHexString(shown.charAt(i)) + " left");
        }
        assertTrue(shown.contains("\\x1b") && shown.contains("\\u202e") && shown.contains("\\ud800"));
    }
}

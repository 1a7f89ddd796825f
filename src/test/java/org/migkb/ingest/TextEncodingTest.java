package org.migkb.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextEncodingTest {

    private static TextEncoding detect(byte[] bytes) {
        return TextEncoding.detect(bytes, bytes.length);
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] text = "Obj-Class,Directory Name".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        assertEquals(new TextEncoding(StandardCharsets.UTF_16LE, 2), detect(withBom));
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognisedByItsZeros() {
        assertEquals(StandardCharsets.UTF_16LE, detect("Obj-Class,Mode".getBytes(StandardCharsets.UTF_16LE)).charset());
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals(new TextEncoding(StandardCharsets.UTF_8, 3), detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A'}));
        assertEquals(StandardCharsets.UTF_8, detect("Müller".getBytes(StandardCharsets.UTF_8)).charset());
    }

    @Test
    void ansiTextIsWindows1252() {
        assertEquals(TextEncoding.WINDOWS_1252, detect("Müller,Peña".getBytes(TextEncoding.WINDOWS_1252)).charset());
        assertEquals(TextEncoding.WINDOWS_1252, detect("plain ascii".getBytes(StandardCharsets.US_ASCII)).charset());
    }
}

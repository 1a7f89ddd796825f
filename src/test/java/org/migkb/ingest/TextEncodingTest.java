package org.migkb.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

    @Test
    void oemCodePage850IsToldFromAnsi1252() {
        for (String names : List.of("M\u00fcller,Pe\u00f1a,Fran\u00e7ois", "J\u00fcrgen Gro\u00df", "Se\u00f1or N\u00fa\u00f1ez")) {
            assertEquals(TextEncoding.CP850, detect(names.getBytes(TextEncoding.CP850)).charset(), names + " in 850");
            assertEquals(TextEncoding.WINDOWS_1252, detect(names.getBytes(TextEncoding.WINDOWS_1252)).charset(), names + " in 1252");
        }
        for (String names : List.of("Caf\u00e9,Ren\u00e9e,Z\u00fcrich", "S\u00e3o Jo\u00e3o")) {
            assertEquals(TextEncoding.WINDOWS_1252, detect(names.getBytes(TextEncoding.WINDOWS_1252)).charset(), names + " in 1252");
            assertEquals(TextEncoding.CP850, detect(names.getBytes(TextEncoding.CP850)).charset(), names + " in 850");
        }
    }

    @Test
    void anOverrideAppliesOnlyWithoutAByteOrderMark() {
        byte[] ansi = "M\u00fcller".getBytes(TextEncoding.WINDOWS_1252);
        assertEquals(TextEncoding.CP850, TextEncoding.detect(ansi, ansi.length, TextEncoding.CP850).charset());
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, 'A', 0};
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.detect(bom, bom.length, TextEncoding.CP850).charset());
    }

    /** The one-pass check agrees with Java's strict decoder, including samples cut inside a character. */
    @Test
    void utf8CheckAgreesWithTheJdkDecoder() {
        java.util.Random random = new java.util.Random(14);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
            "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5}, {(byte) 0x80}, {(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F}};
        for (int n = 0; n < 20_000; n++) {
            java.io.ByteArrayOutputStream sample = new java.io.ByteArrayOutputStream();
            for (int k = random.nextInt(8); k >= 0; k--) {
                byte[] piece = random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : pieces[random.nextInt(4)];
                sample.writeBytes(piece);
            }
            byte[] bytes = sample.toByteArray();
            assertEquals(decodesAfterCuttingAtMost3(bytes), TextEncoding.isUtf8(bytes, bytes.length),
                    () -> java.util.HexFormat.of().formatHex(bytes));
        }
    }

    /** How the check was made before: decode with the JDK, cutting 0 to 3 bytes off the end. */
    private static boolean decodesAfterCuttingAtMost3(byte[] bytes) {
        for (int cut = 0; cut <= Math.min(3, bytes.length); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, 0, bytes.length - cut));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                // a shorter sample
            }
        }
        return false;
    }
}

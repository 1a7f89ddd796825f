package org.migkb.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the character encoding of a text file from its first bytes: a byte-order mark
 * (Excel's "Unicode text" is UTF-16LE with BOM), else UTF-8 when the bytes are valid UTF-8 and
 * not plain ASCII, else a Western code page: the Windows ANSI code page 1252 that the Exchange
 * Administrator and Event Viewer write, or the OEM code page 850 of MS-DOS tools and migration
 * files, whichever reads more like names (see {@link #plausibility}).
 *
 * @param charset   the encoding to decode with
 * @param bomLength how many leading bytes are a byte-order mark, to skip
 */
public record TextEncoding(Charset charset, int bomLength) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final Charset CP850 = Charset.forName("IBM850");

    public static TextEncoding detect(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (looksLikeUtf16LeWithoutBom(head, length)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (head[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new TextEncoding(WINDOWS_1252, 0);
        }
        if (isUtf8(head, length)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        return new TextEncoding(plausibility(head, length, CP850) > plausibility(head, length, WINDOWS_1252)
                ? CP850 : WINDOWS_1252, 0);
    }

    /**
     * The encoding to use when the engineer names one ({@code --encoding}): it applies to every
     * text file without a byte-order mark (a BOM is certain; a name is the engineer's knowledge
     * of the files that carry none).
     */
    public static TextEncoding detect(byte[] head, int length, Charset override) {
        TextEncoding detected = detect(head, length);
        return override == null || detected.bomLength() > 0 ? detected : new TextEncoding(override, 0);
    }

    /**
     * How much the non-ASCII bytes read like the letters of names when decoded with a
     * single-byte code page: a letter scores, more when its case fits the letter before it
     * (a capital straight after a small letter is unlikely, as 1252's é read as 850's Ú);
     * an undefined byte, box drawing (850's 0xB0-0xDF) or another symbol costs.
     */
    static int plausibility(byte[] head, int length, Charset singleByte) {
        String text = new String(head, 0, length, singleByte);
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            if (head[i] >= 0) {
                continue;
            }
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                score -= 5;
            } else if (Character.isLetter(c)) {
                boolean oddCapital = Character.isUpperCase(c) && Character.isLowerCase(before);
                score += oddCapital ? 0 : 2;
            } else if (c >= '\u2500' && c <= '\u259F') {
                score -= 2;
            } else {
                score -= 1;
            }
        }
        return score;
    }

    /** Text of ASCII characters in UTF-16LE has a zero in every odd byte. */
    private static boolean looksLikeUtf16LeWithoutBom(byte[] head, int length) {
        if (length < 8) {
            return false;
        }
        int zeros = 0;
        int pairs = length / 2;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (head[i] != 0 && head[i + 1] == 0) {
                zeros++;
            }
        }
        return zeros > pairs * 9 / 10;
    }

    /**
     * Whether the sample is UTF-8 as Java's strict decoder reads it (no overlong forms, no
     * surrogates, nothing past U+10FFFF). The sample may end inside a multi-byte sequence, so a
     * fault in its last 3 bytes is ignored. One pass without decoding: the sample of every text
     * file passes through here, and most are short, so decoding it up to four times cost more
     * than reading the rest of a 200-row user list.
     */
    static boolean isUtf8(byte[] head, int length) {
        int i = 0;
        while (i < length) {
            int size = utf8SequenceAt(head, i, length);
            if (size <= 0) {
                return i >= length - 3; // a cut or broken sequence at the very end of the sample
            }
            i += size;
        }
        return true;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when there is none. */
    private static int utf8SequenceAt(byte[] b, int i, int length) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int size;
        int low = 0x80;
        int high = 0xBF; // the range of the second byte; the others are always 0x80-0xBF
        if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + size > length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < size; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return size;
    }

    /** A reader of the source's text, past the byte-order mark. */
    public BufferedReader openReader(InputSource source) throws IOException {
        InputStream in = source.open();
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    /** A short name for reports: {@code UTF-16LE (BOM)}, {@code windows-1252}. */
    public String describe() {
        return charset.name() + (bomLength > 0 ? " (BOM)" : "");
    }
}

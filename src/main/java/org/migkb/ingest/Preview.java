package org.migkb.ingest;

import java.util.List;

/**
 * The start of a file, as readers see it when asked whether they recognise it.
 *
 * @param head     the first bytes (for binary formats)
 * @param length   how many bytes of {@code head} are valid
 * @param encoding the detected text encoding
 * @param lines    the first lines decoded with that encoding (for text formats)
 */
public record Preview(byte[] head, int length, TextEncoding encoding, List<String> lines) {

    /** The first line that is not blank, or "" when there is none. */
    public String firstNonBlankLine() {
        return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    }
}

package org.migkb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of the case, opened as a stream (text formats, read front to back) or as a seekable
 * channel (binary formats that follow offsets, such as the circular {@code .evt} log). Opening
 * is read-only: migkb never modifies its inputs.
 */
public interface InputSource {

    /** The file as citations name it. */
    String name();

    /** A stream from the first byte. */
    InputStream open() throws IOException;

    /** A read-only channel for random access. */
    SeekableByteChannel openChannel() throws IOException;

    /** A file on disk, cited as {@code name}. */
    static InputSource of(Path path, String name) {
        return new InputSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path, StandardOpenOption.READ);
            }

            @Override
            public SeekableByteChannel openChannel() throws IOException {
                return Files.newByteChannel(path, StandardOpenOption.READ);
            }
        };
    }
}

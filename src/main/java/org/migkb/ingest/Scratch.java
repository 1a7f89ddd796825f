package org.migkb.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private temporary folder for what must be a file to be read (a tar member, a nested
 * archive, standard input, an event log a reader seeks in), made on first use, owner-only, and
 * deleted with everything in it when the case has been read. Files in it are numbered, never
 * named after a member: a member's name is only ever cited.
 */
final class Scratch implements Closeable {

    private Path folder;
    private int next;
    private final List<Closeable> open = new ArrayList<>();

    /**
     * Copies a stream to a new file here, stopping past {@code limit} bytes.
     *
     * @throws ArchiveLimitException when the stream holds more than {@code limit} bytes
     */
    Path copy(InputStream in, long limit, String tooLarge) throws IOException {
        Path file = newFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new ArchiveLimitException(tooLarge);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Something to close before the folder is deleted (an open archive). */
    synchronized void closeLater(Closeable closeable) {
        open.add(closeable);
    }

    private synchronized Path newFile() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("migkb-archive"); // owner-only on POSIX systems
        }
        return folder.resolve(String.format("%06d", next++));
    }

    @Override
    public synchronized void close() {
        for (Closeable closeable : open) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing a read-only archive cannot lose anything
            }
        }
        open.clear();
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the system's temporary folder is cleaned by the system; the case has been read
        }
        folder = null;
    }
}

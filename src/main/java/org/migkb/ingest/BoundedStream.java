package org.migkb.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that counts the bytes it gives and, after each read, asks a check that fails with
 * {@link ArchiveLimitException} once a limit is passed: a member past its declared size, an
 * archive expanding past its total or ratio.
 */
final class BoundedStream extends FilterInputStream {

    /** Decides, from the bytes given so far, whether reading may go on. */
    @FunctionalInterface
    interface Check {
        void given(long bytes) throws ArchiveLimitException;
    }

    private final Check check;
    private long count;

    BoundedStream(InputStream in, Check check) {
        super(in);
        this.check = check;
    }

    /** Fails with {@code tooLarge} as soon as more than {@code limit} bytes have been given. */
    static BoundedStream atMost(InputStream in, long limit, String tooLarge) {
        return new BoundedStream(in, bytes -> {
            if (bytes > limit) {
                throw new ArchiveLimitException(tooLarge);
            }
        });
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Read, not skipped: every byte passed over is counted against the limits.
        byte[] buffer = new byte[(int) Math.min(n, 64 * 1024)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    private void counted(long n) throws ArchiveLimitException {
        count += n;
        check.given(count);
    }
}

package org.migkb.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails with {@link ArchiveLimitException} as soon as it has given more than its limit. */
final class BoundedStream extends FilterInputStream {

    private final long limit;
    private final String tooLarge;
    private long count;

    BoundedStream(InputStream in, long limit, String tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
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
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws ArchiveLimitException {
        count += n;
        if (count > limit) {
            throw new ArchiveLimitException(tooLarge);
        }
    }
}

package org.migkb.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails as soon as more than its limit has been read, so that a body without a
 * Content-Length (chunked) is refused while it streams in, never buffered whole first.
 */
final class BoundedBody extends FilterInputStream {

    /** Thrown by a read that would pass the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the request is larger than the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    BoundedBody(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }
}

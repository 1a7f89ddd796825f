package org.migkb.ingest;

import java.io.IOException;

/** A limit of {@link ArchiveLimits} reached while a member was being read; the message says which. */
final class ArchiveLimitException extends IOException {

    ArchiveLimitException(String message) {
        super(message);
    }
}

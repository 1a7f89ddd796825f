package org.migkb.server;

/** A request the service refuses, with the HTTP status and a message naming the problem. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}

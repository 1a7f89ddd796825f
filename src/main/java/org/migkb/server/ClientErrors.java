package org.migkb.server;

import org.eclipse.jetty.http.BadMessageException;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * What Jetty and Jackson throw at a bad or abusive request, turned into the client error it is
 * (4xx with a message in plain words), so that no such request gets a 500 naming Java classes.
 */
final class ClientErrors {

    private ClientErrors() {
    }

    /** The client error behind {@code e}, or null when nothing in its causes is the client's doing. */
    static ApiException of(Throwable e, long maxRequestBytes, int maxParts) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
            if (cause instanceof BoundedBody.TooLarge) {
                return tooLarge(maxRequestBytes);
            }
            if (cause instanceof TimeoutException) {
                return tooSlow();
            }
            if (cause instanceof BadMessageException bad) {
                if (bad.getCode() == 408) {
                    return tooSlow();
                }
                if (bad.getCode() == 413) {
                    return tooLarge(maxRequestBytes);
                }
                return new ApiException(400, "the request is malformed (" + plain(bad.getReason()) + ")");
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("too many")) {
                return new ApiException(413, "the form has more than " + maxParts + " parts, the most a request may have");
            }
            if (message.contains("exceeds max") || message.contains("maxrequestsize") || message.contains("max filesize")) {
                return tooLarge(maxRequestBytes);
            }
        }
        return null;
    }

    /** A multipart body Jetty could not parse: its message names no class, only what is wrong. */
    static ApiException malformedMultipart(Throwable e, long maxRequestBytes, int maxParts) {
        ApiException known = of(e, maxRequestBytes, maxParts);
        if (known != null) {
            return known;
        }
        if (e instanceof IOException && e.getMessage() == null) {
            return new ApiException(400, "the multipart body ended early");
        }
        return new ApiException(400, "the multipart body is malformed (" + plain(e.getMessage()) + ")");
    }

    private static ApiException tooLarge(long maxRequestBytes) {
        return new ApiException(413, "the request is larger than the limit of " + maxRequestBytes + " bytes");
    }

    private static ApiException tooSlow() {
        return new ApiException(408, "the request arrived too slowly or stopped before its end (see serve --idle-timeout-s"
                + " and --min-body-rate)");
    }

    /** A library's message cut short and without class names (which look like a.b.C). */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "no detail";
        }
        String cleaned = message.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?::\\s*)?", "")
                .replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "..." : cleaned;
    }
}

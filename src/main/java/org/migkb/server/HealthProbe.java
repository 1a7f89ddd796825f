package org.migkb.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container's health check: exits 0 when the service's {@code /health} answers 200, else 1.
 * Run as {@code java -cp migkb.jar org.migkb.server.HealthProbe URL}; container images for a
 * Java runtime often have no curl.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        System.exit(probe(args.length > 0 ? args[0] : "http://127.0.0.1:8080/health"));
    }

    /** 0 when {@code url} answers 200 within a few seconds, else 1 (with the reason on standard error). */
    static int probe(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return 0;
            }
            System.err.println("migkb health probe: " + url + " answered " + response.statusCode());
        } catch (Exception e) {
            System.err.println("migkb health probe: " + url + ": " + e);
        }
        return 1;
    }
}

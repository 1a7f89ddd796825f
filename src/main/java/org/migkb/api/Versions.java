package org.migkb.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions a report or a bug report should name: migkb's own (from the jar's manifest),
 * the Drools engine it runs on, and the Java runtime.
 */
public final class Versions {

    private Versions() {
    }

    /** migkb's Implementation-Version, or "development" when run from classes rather than a jar. */
    public static String migkb() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The Drools version migkb was built against, as the build recorded it. */
    public static String drools() {
        return Built.PROPERTIES.getProperty("drools", "unknown");
    }

    /** The Java runtime's version and vendor, e.g. {@code 17.0.12 (Eclipse Adoptium)}. */
    public static String java() {
        return Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")";
    }

    private static final class Built {
        static final Properties PROPERTIES = load();

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = Versions.class.getClassLoader().getResourceAsStream("migkb/build.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }
}

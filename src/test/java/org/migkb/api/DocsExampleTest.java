package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedding example in docs/examples compiles against migkb and does what docs/embedding.md says. */
class DocsExampleTest {

    @Test
    void embeddingExampleCompilesAndRuns(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "docs/examples/EmbedMigkb.java");
        assertEquals(0, compiled, "docs/examples/EmbedMigkb.java compiles");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("EmbedMigkb").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("1. Q183312 custom-recipient-converted (failed, confidence 0.86) affects [NET1/PO1/CAROL, NET1/PO1/DAVE]"),
                output);
        assertTrue(output.contains("bytes of JSON"), output);
    }
}

package org.migkb.distribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project outside this one that depends on migkb, as a help-desk tool would: it resolves the
 * plain jar and its pom from a Maven repository (a file repository this test deploys them to),
 * compiles docs/examples/EmbedMigkb.java against them and runs it. Its class path must hold the
 * core and none of the command line's or the service's libraries.
 */
class EmbeddingIT {

    private static final String VERSION = System.getProperty("migkb.version", "0.1.0-SNAPSHOT");
    private static final List<String> NOT_FOR_EMBEDDERS = List.of("javalin", "jetty", "kotlin", "picocli", "slf4j-simple");

    @TempDir
    Path work;

    @Test
    void anOutsideProjectGetsTheCoreAndNothingElse() throws Exception {
        Path jar = Path.of("target", "migkb-" + VERSION + ".jar").toAbsolutePath();
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        assertEquals("org.migkb", manifest.getMainAttributes().getValue("Automatic-Module-Name"));
        assertEquals(VERSION, manifest.getMainAttributes().getValue("Implementation-Version"));

        Path repository = work.resolve("repository");
        mvn(Path.of("").toAbsolutePath(), "org.apache.maven.plugins:maven-deploy-plugin:3.1.3:deploy-file",
                "-Dfile=" + jar, "-DpomFile=pom.xml", "-Durl=" + repository.toUri(), "-DrepositoryId=embedding-test");

        Path project = Files.createDirectories(work.resolve("helpdesk"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example.helpdesk</groupId>
                  <artifactId>helpdesk</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <repositories>
                    <repository><id>embedding-test</id><url>%s</url><snapshots><enabled>true</enabled></snapshots></repository>
                  </repositories>
                  <dependencies>
                    <dependency><groupId>org.migkb</groupId><artifactId>migkb</artifactId><version>%s</version></dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(repository.toUri(), VERSION));
        Path sources = Files.createDirectories(project.resolve("src/main/java"));
        Files.copy(Path.of("docs/examples/EmbedMigkb.java"), sources.resolve("EmbedMigkb.java"));
        mvn(project, "compile", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=classpath.txt");

        String classPath = Files.readString(project.resolve("classpath.txt")).strip();
        System.out.println("EmbeddingIT: an embedding project gets " + classPath.split(File.pathSeparator).length
                + " jars besides its own");
        for (String library : NOT_FOR_EMBEDDERS) {
            assertFalse(classPath.contains(library), library + " is not for embedders: " + classPath);
        }
        assertTrue(classPath.contains("drools-engine") && classPath.contains("jackson-databind"), classPath);

        Run run = run(Path.of("").toAbsolutePath(), List.of(javaCommand(), "-cp",
                project.resolve("target/classes") + File.pathSeparator + classPath, "EmbedMigkb",
                "examples/q183312-custom-recipient"));
        assertEquals(0, run.code, run.output);
        assertTrue(run.output.contains("Q183312"), run.output);
    }

    private record Run(int code, String output) {
    }

    private static void mvn(Path directory, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-ntp"));
        command.addAll(List.of(goals));
        Run run = run(directory, command);
        assertEquals(0, run.code, String.join(" ", command) + "\n" + run.output);
    }

    private static Run run(Path directory, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "returns");
        return new Run(process.exitValue(), output);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

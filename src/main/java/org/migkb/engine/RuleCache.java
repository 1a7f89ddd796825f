package org.migkb.engine;

import org.drools.model.Model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Compiles user rules once and keeps the result: a jar of the generated executable-model
 * classes, the model list, the rule index and the event and address interests, named by a hash of everything
 * that decides them (the rule files, the article files, the Drools and migkb versions). The
 * second run with the same folder loads the jar instead of compiling.
 */
public final class RuleCache {

    private static final String MODELS = "migkb-user/models.txt";
    private static final String INDEX = "migkb-user/index.tsv";
    private static final String INTEREST = "migkb-user/event-interest.txt";
    private static final String ADDRESS_INTEREST = "migkb-user/address-interest.txt";

    private final Path folder;

    public RuleCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The cache folder: the system property {@code migkb.cache} or the environment variable
     * {@code MIGKB_CACHE}, else {@code $XDG_CACHE_HOME/migkb}, else {@code ~/.cache/migkb}.
     */
    public static RuleCache standard() {
        String explicit = System.getProperty("migkb.cache", System.getenv("MIGKB_CACHE"));
        if (explicit != null && !explicit.isBlank()) {
            return new RuleCache(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("migkb"));
    }

    /** User rules ready to join a KieBase. */
    public record Compiled(List<Model> models, ClassLoader classLoader, List<RuleInfo> index, EventInterest interest,
                           AddressInterest addressInterest, boolean fromCache) {
    }

    /**
     * The compiled rules, from the cache when these exact sources and articles were compiled
     * before; otherwise {@code compile} runs (checks, then compiles) and its result is kept.
     *
     * @param articleTexts the article files' contents, part of the key: they decide the metadata check
     */
    public Compiled compile(List<RuleSource> sources, List<String> articleTexts, Compilation compile)
            throws RuleCompileException, IOException {
        Path jar = folder.resolve("rules-" + key(sources, articleTexts) + ".jar");
        boolean cached = Files.isRegularFile(jar);
        if (!cached) {
            RuleCompiler.CompiledRules compiled = compile.run();
            RuleCompiler compiler = new RuleCompiler();
            write(jar, compiled, compiler.index(sources), EventInterest.of(sources), AddressInterest.of(sources));
        }
        return load(jar, cached, sources);
    }

    /** Checks and compiles rules that are not in the cache. */
    @FunctionalInterface
    public interface Compilation {
        RuleCompiler.CompiledRules run() throws RuleCompileException;
    }

    /**
     * Loads a cached jar. The key covers file names and contents, not folders, so the same rules
     * in another folder share the jar: the index is renamed to the files as they are now.
     */
    private static Compiled load(Path jar, boolean cached, List<RuleSource> sources) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RuleCache.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String className : text(loader, MODELS).lines().filter(l -> !l.isBlank()).toList()) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IOException("cached rules " + jar + " are damaged (" + e + "); delete the file", e);
            }
        }
        Map<String, String> currentNames = new java.util.HashMap<>();
        sources.forEach(source -> currentNames.put(source.fileName(), source.name()));
        List<RuleInfo> index = RuleIndex.parse(text(loader, INDEX)).stream()
                .map(r -> new RuleInfo(r.name(), r.article(), r.cause(),
                        currentNames.getOrDefault(r.file().substring(r.file().lastIndexOf('/') + 1), r.file()), r.line()))
                .toList();
        return new Compiled(models, loader, index, EventInterest.parse(text(loader, INTEREST)),
                addressInterest(loader, sources), cached);
    }

    /** From the jar; one cached before address interest was recorded gets it from the sources. */
    private static AddressInterest addressInterest(ClassLoader loader, List<RuleSource> sources) throws IOException {
        try (InputStream in = loader.getResourceAsStream(ADDRESS_INTEREST)) {
            return in == null ? AddressInterest.of(sources)
                    : AddressInterest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String text(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("cached rules lack " + resource + "; delete the cache folder");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the jar under a temporary name, then moves it in place, so a reader never sees half of one. */
    private void write(Path jar, RuleCompiler.CompiledRules compiled, List<RuleInfo> index, EventInterest interest,
                       AddressInterest addressInterest) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "rules-", ".partial");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            for (Map.Entry<String, byte[]> entry : compiled.classFiles().entrySet()) {
                put(out, entry.getKey(), entry.getValue());
            }
            put(out, MODELS, String.join("\n", compiled.modelClasses()).getBytes(StandardCharsets.UTF_8));
            put(out, INDEX, RuleIndex.serialise(index).getBytes(StandardCharsets.UTF_8));
            put(out, INTEREST, interest.serialise().getBytes(StandardCharsets.UTF_8));
            put(out, ADDRESS_INTEREST, addressInterest.serialise().getBytes(StandardCharsets.UTF_8));
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    static String key(List<RuleSource> sources, List<String> articleTexts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream material = new ByteArrayOutputStream();
            material.writeBytes(("drools " + org.drools.base.util.Drools.getFullVersion() + "\nmigkb "
                    + RuleCache.class.getPackage().getImplementationVersion() + "\n").getBytes(StandardCharsets.UTF_8));
            for (RuleSource source : sources.stream().sorted(java.util.Comparator.comparing(RuleSource::fileName)).toList()) {
                material.writeBytes(("rule file " + source.fileName() + "\n" + source.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (String article : articleTexts.stream().sorted().toList()) {
                material.writeBytes(("article\n" + article + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(material.toByteArray())).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 unavailable", e));
        }
    }
}

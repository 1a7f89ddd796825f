package org.migkb.knowledge;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The article files, loaded and checked: one YAML file per article, named after its id
 * ({@code Q182665.yaml}), with unique cause ids and at least one step per cause.
 */
public final class ArticleLibrary {

    /** Where the build puts the built-in article files on the class path, with an index. */
    public static final String CLASSPATH_FOLDER = "migkb/kb-articles/";
    public static final String INDEX = "index.txt";

    private final Map<String, Article> byId;
    private final Map<String, EventStrings> eventStrings;

    /** @throws IllegalArgumentException when the articles name one event's insertion strings in conflict */
    private ArticleLibrary(Map<String, Article> byId) {
        this.byId = byId;
        this.eventStrings = EventStrings.of(byId.values());
    }

    /** The article files in a folder ({@code *.yaml}). */
    public static ArticleLibrary fromFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return fromFiles(files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList());
        }
    }

    /** The given article files. */
    public static ArticleLibrary fromFiles(List<Path> files) throws IOException {
        Map<String, Article> articles = new TreeMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                add(articles, parse(in, file.toString()), file.getFileName().toString());
            }
        }
        try {
            return new ArticleLibrary(articles);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * This library and another together.
     *
     * @throws IllegalArgumentException when both define the same article
     */
    public ArticleLibrary with(ArticleLibrary other) {
        Map<String, Article> merged = new TreeMap<>(byId);
        for (Article article : other.articles()) {
            if (merged.putIfAbsent(article.id(), article) != null) {
                throw new IllegalArgumentException("article " + article.id() + " is defined twice (a rule folder may add"
                        + " articles, not redefine them)");
            }
        }
        return new ArticleLibrary(merged);
    }

    /** The built-in article files, as the build packaged them. */
    public static ArticleLibrary builtIn() {
        ClassLoader loader = ArticleLibrary.class.getClassLoader();
        Map<String, Article> articles = new TreeMap<>();
        try (InputStream index = loader.getResourceAsStream(CLASSPATH_FOLDER + INDEX)) {
            if (index == null) {
                throw new IllegalStateException("built-in articles missing from the class path: was migkb built with Maven?");
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + name.trim())) {
                    add(articles, parse(in, name.trim()), name.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArticleLibrary(articles);
    }

    private static Article parse(InputStream in, String name) throws IOException {
        return StrictYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, Article.class);
    }

    private static void add(Map<String, Article> articles, Article article, String fileName) throws IOException {
        List<String> problems = new ArrayList<>();
        if (article.id() == null || !fileName.equals(article.id() + ".yaml")) {
            problems.add("id '" + article.id() + "' does not match the file name");
        }
        if (article.title() == null || article.title().isBlank()) {
            problems.add("no title");
        }
        if (article.causes() == null || article.causes().isEmpty()) {
            problems.add("no causes");
        } else {
            Set<String> seen = new HashSet<>();
            for (Cause cause : article.causes()) {
                if (cause.id() == null || !seen.add(cause.id())) {
                    problems.add("cause id '" + cause.id() + "' missing or repeated");
                }
                if (cause.steps() == null || cause.steps().isEmpty()) {
                    problems.add("cause '" + cause.id() + "' has no steps");
                }
                if (!cause.verdict().equals(Cause.FAILURE) && !cause.harmless()) {
                    problems.add("cause '" + cause.id() + "' has verdict '" + cause.verdict() + "'; it is "
                            + Cause.FAILURE + " (the default) or " + Cause.HARMLESS);
                }
                if (cause.remedy() != null && !cause.remedy().equals(Cause.ADD_MIGRATE_PROXY)) {
                    problems.add("cause '" + cause.id() + "' has remedy '" + cause.remedy() + "'; the only kind is "
                            + Cause.ADD_MIGRATE_PROXY + " (or leave it out)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(fileName + ": " + String.join("; ", problems));
        }
        if (articles.putIfAbsent(article.id(), article) != null) {
            throw new IOException(fileName + ": article " + article.id() + " is defined twice");
        }
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Cause> cause(String articleId, String causeId) {
        return article(articleId).flatMap(a -> a.cause(causeId));
    }

    /** What the articles declare about events' insertion strings, by {@link EventStrings#key}. */
    public Map<String, EventStrings> eventStrings() {
        return eventStrings;
    }

    /** Every article, ordered by id. */
    public Collection<Article> articles() {
        return byId.values();
    }
}

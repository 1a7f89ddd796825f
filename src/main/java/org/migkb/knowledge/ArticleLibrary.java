package org.migkb.knowledge;

import org.migkb.facts.ExchangeVersions;
import org.migkb.facts.FixedIn;

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
 * ({@code Q182665.yaml}), with unique cause ids and at least one step per cause; with the
 * questions they declare ({@link #questions()}) and the fixes they name ({@link #fixes()}).
 */
public final class ArticleLibrary {

    /** Where the build puts the built-in article files on the class path, with an index. */
    public static final String CLASSPATH_FOLDER = "migkb/kb-articles/";
    public static final String INDEX = "index.txt";

    private final Map<String, Article> byId;
    /** The file each article was read from, by id, for messages. */
    private final Map<String, String> fileOf;
    /** Built-in articles by id, then each rule folder's by id: the order Questions reads declarations in. */
    private final List<Article> declarationOrder;
    private final Questions questions;
    private final List<FixedIn> fixes;
    private final Map<String, EventStrings> eventStrings;

    /**
     * @throws IllegalArgumentException when the articles' questions are wrong or disagree, or they name one
     *                                  event's insertion strings in conflict
     */
    private ArticleLibrary(Map<String, Article> byId, Map<String, String> fileOf, List<Article> declarationOrder) {
        this.byId = byId;
        this.fileOf = Map.copyOf(fileOf);
        this.declarationOrder = List.copyOf(declarationOrder);
        this.questions = Questions.of(declarationOrder, fileOf);
        this.fixes = byId.values().stream().flatMap(a -> a.causes().stream().filter(c -> c.fixedIn() != null)
                .map(c -> new FixedIn(a.id(), c.id(), c.fixedIn().exchangeVersion(), c.fixedIn().servicePack(), c.affects())))
                .toList();
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
        Map<String, String> fileOf = new TreeMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Article article = parse(in, file.toString());
                add(articles, article, file.getFileName().toString());
                fileOf.put(article.id(), file.toString());
            }
        }
        try {
            return new ArticleLibrary(articles, fileOf, List.copyOf(articles.values()));
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
        Map<String, String> files = new TreeMap<>(fileOf);
        files.putAll(other.fileOf);
        // This library's articles first, so that their declaration of a shared question leads (Questions).
        List<Article> order = new ArrayList<>(declarationOrder);
        order.addAll(other.declarationOrder);
        return new ArticleLibrary(merged, files, order);
    }

    /** The built-in article files, as the build packaged them (read once). */
    public static ArticleLibrary builtIn() {
        return BuiltIn.LIBRARY;
    }

    private static final class BuiltIn {
        static final ArticleLibrary LIBRARY = load();
    }

    private static ArticleLibrary load() {
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
        return new ArticleLibrary(articles, Map.of(), List.copyOf(articles.values()));
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
                problems.addAll(versionProblems(cause));
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(fileName + ": " + String.join("; ", problems));
        }
        if (articles.putIfAbsent(article.id(), article) != null) {
            throw new IOException(fileName + ": article " + article.id() + " is defined twice");
        }
    }

    /** What is wrong with a cause's {@code fixedIn} and {@code affects}. */
    private static List<String> versionProblems(Cause cause) {
        List<String> problems = new ArrayList<>();
        String where = "cause '" + cause.id() + "' ";
        String versions = String.join(", ", ExchangeVersions.ORDER);
        for (String version : cause.affects()) {
            if (!ExchangeVersions.isKnown(version)) {
                problems.add(where + "affects '" + version + "', not a version migkb knows (" + versions + ")");
            }
        }
        Cause.FixedIn fix = cause.fixedIn();
        if (fix != null) {
            if (fix.exchangeVersion() == null || !ExchangeVersions.isKnown(fix.exchangeVersion())) {
                problems.add(where + "has fixedIn exchangeVersion '" + fix.exchangeVersion() + "'; give one of " + versions);
            } else if (!cause.affects().isEmpty() && !cause.affects().contains(fix.exchangeVersion())) {
                problems.add(where + "is fixed in " + fix.exchangeVersion() + ", a version its affects list leaves out");
            }
            if (fix.servicePack() == null || fix.servicePack() < 0) {
                problems.add(where + "needs fixedIn servicePack: the first service pack with the fix (0 for the release)");
            }
        } else if (!cause.affects().isEmpty()) {
            problems.add(where + "has affects but no fixedIn (affects narrows where a fix applies)");
        }
        return problems;
    }

    /** The questions the articles declare. */
    public Questions questions() {
        return questions;
    }

    /** One fact for each cause whose article says where it was fixed. */
    public List<FixedIn> fixes() {
        return fixes;
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

package org.migkb.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.migkb.knowledge.ArticleLibrary;
import org.migkb.knowledge.Questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled rules and the article files they refer to. Built once and shared: a KieBase
 * is thread-safe, and each diagnosis runs in a session of its own.
 */
public final class RuleBase {

    /** Where the build puts rule artefacts on the class path. */
    public static final String RULES_FOLDER = "migkb/rules/";
    /** Lists the generated executable-model classes to instantiate. */
    public static final String MODEL_INDEX = "models.txt";
    /** Lists every built-in rule with its article, cause and place. */
    public static final String RULE_INDEX = "index.tsv";
    /** Lists the DRL files the build compiled (copied beside it for reference). */
    public static final String RULE_FILE_INDEX = "files.txt";

    private final KieBase kieBase;
    private final ArticleLibrary articles;
    private final List<RuleInfo> rules;
    private final EventInterest interest;
    private final AddressInterest addressInterest;
    private final EventFields eventFields;

    private RuleBase(KieBase kieBase, ArticleLibrary articles, List<RuleInfo> rules, EventInterest interest,
                     AddressInterest addressInterest) {
        this.kieBase = kieBase;
        this.articles = articles;
        this.rules = List.copyOf(rules);
        this.interest = interest.and(EventInterest.declaredBy(articles));
        this.addressInterest = addressInterest;
        this.eventFields = EventFields.of(articles);
    }

    /**
     * The built-in rules, precompiled by the build: instantiating the generated model classes
     * directly is the fastest way to a KieBase (no DRL parsing, no Java compilation, no
     * KieContainer scanning).
     */
    public static RuleBase builtIn() {
        // The article files are parsed (YAML) while the KieBase is built: on a small case the two
        // are most of the start-up. A thread of its own: the common pool has one worker on two
        // cores, and this very method usually runs on it.
        java.util.concurrent.FutureTask<ArticleLibrary> articles = new java.util.concurrent.FutureTask<>(ArticleLibrary::builtIn);
        Thread parser = new Thread(articles, "migkb-articles");
        parser.setDaemon(true);
        parser.start();
        org.kie.api.KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(builtInModels());
        ArticleLibrary library;
        try {
            library = articles.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the built-in articles", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new RuleBase(kieBase, library, RuleIndex.parse(resource(RULE_INDEX)), EventInterest.builtIn(),
                AddressInterest.builtIn());
    }

    /**
     * The built-in rules and articles plus those of rule authors' folders. Folder rules are
     * checked (syntax, and every {@code @article}/{@code @cause} against the built-in and folder
     * articles) and compiled once; later runs load them from the cache.
     *
     * @throws RuleCompileException listing every problem as {@code file:line: message}
     */
    public static RuleBase with(List<RuleFolder> folders, RuleCache cache) throws RuleCompileException, IOException {
        if (folders.isEmpty()) {
            return builtIn();
        }
        List<Path> articleFiles = folders.stream().flatMap(f -> f.articleFiles().stream()).toList();
        List<RuleSource> sources = folders.stream().flatMap(f -> f.rules().stream()).toList();
        ArticleLibrary articles;
        try {
            articles = ArticleLibrary.builtIn().with(ArticleLibrary.fromFiles(articleFiles));
        } catch (IllegalArgumentException | IOException e) {
            throw new RuleCompileException(List.of(new RuleProblem(folders.get(0).root().toString(), 0, e.getMessage())));
        }
        List<RuleInfo> builtInRules = RuleIndex.parse(resource(RULE_INDEX));
        if (sources.isEmpty()) {
            return new RuleBase(KieBaseBuilder.createKieBaseFromModel(builtInModels()), articles, builtInRules,
                    EventInterest.builtIn(), AddressInterest.builtIn());
        }
        List<String> articleTexts = new ArrayList<>();
        for (Path file : articleFiles) {
            articleTexts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        RuleCompiler compiler = new RuleCompiler();
        RuleCache.Compiled user = cache.compile(sources, articleTexts, () -> {
            List<RuleProblem> problems = new ArrayList<>(compiler.check(sources, articles));
            problems.addAll(duplicateNames(builtInRules, compiler.index(sources)));
            if (!problems.isEmpty()) {
                throw new RuleCompileException(problems);
            }
            return compiler.compile(sources);
        });
        List<Model> models = new ArrayList<>(builtInModels());
        models.addAll(user.models());
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, user.classLoader());
        List<RuleInfo> all = new ArrayList<>(builtInRules);
        all.addAll(user.index());
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models, configuration), articles, all,
                EventInterest.builtIn().and(user.interest()), AddressInterest.builtIn().and(user.addressInterest()));
    }

    /** Rule names identify rules in reports and coverage: a folder may not reuse one. */
    private static List<RuleProblem> duplicateNames(List<RuleInfo> builtIn, List<RuleInfo> added) {
        Map<String, RuleInfo> seen = new HashMap<>();
        builtIn.forEach(r -> seen.put(r.name(), r));
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : added) {
            RuleInfo earlier = seen.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), "rule name '" + rule.name()
                        + "' is already used at " + earlier.location() + "; give the rule its own name"));
            }
        }
        return problems;
    }

    private static List<Model> builtInModels() {
        List<Model> models = new ArrayList<>();
        for (String className : resource(MODEL_INDEX).lines().filter(l -> !l.isBlank()).toList()) {
            try {
                models.add((Model) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled rule model " + className + " cannot be loaded", e);
            }
        }
        return models;
    }

    private static String resource(String name) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RULES_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("precompiled rules missing from the class path: was migkb built with Maven?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule, built-in first, with its article, cause and place. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Where a rule is written, {@code file:line}, or its name alone when it is unknown. */
    public String locate(String ruleName) {
        return rules.stream().filter(r -> r.name().equals(ruleName)).findFirst()
                .map(r -> "'" + ruleName + "' (" + r.location() + ")").orElse("'" + ruleName + "'");
    }

    /** Which events the rules can use. */
    public EventInterest eventInterest() {
        return interest;
    }

    /** Reads the insertion strings the articles declare out of events. */
    public EventFields eventFields() {
        return eventFields;
    }

    /** Which directory addresses the rules can use: the session gets only those. */
    public AddressInterest addressInterest() {
        return addressInterest;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public ArticleLibrary articles() {
        return articles;
    }

    /** The questions the articles declare: the answer keys these rules accept. */
    public Questions questions() {
        return articles.questions();
    }
}

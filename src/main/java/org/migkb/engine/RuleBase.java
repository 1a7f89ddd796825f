package org.migkb.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled rules and the article files they refer to. Built once and shared: a KieBase
 * is thread-safe, and each diagnosis runs in a session of its own.
 */
public final class RuleBase {

    /** Where the build puts rule artefacts on the class path. */
    public static final String RULES_FOLDER = "migkb/rules/";
    /** Lists the generated executable-model classes to instantiate. */
    public static final String MODEL_INDEX = "models.txt";
    /** Lists the DRL files the build compiled (copied beside it for reference). */
    public static final String RULE_FILE_INDEX = "files.txt";

    private final KieBase kieBase;
    private final ArticleLibrary articles;

    private RuleBase(KieBase kieBase, ArticleLibrary articles) {
        this.kieBase = kieBase;
        this.articles = articles;
    }

    /**
     * The built-in rules, precompiled by the build: instantiating the generated model classes
     * directly is the fastest way to a KieBase (no DRL parsing, no Java compilation, no
     * KieContainer scanning).
     */
    public static RuleBase builtIn() {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames()) {
            try {
                models.add((Model) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled rule model " + className + " cannot be loaded", e);
            }
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models), ArticleLibrary.builtIn());
    }

    private static List<String> modelClassNames() {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RULES_FOLDER + MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("precompiled rules missing from the class path: was migkb built with Maven?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public ArticleLibrary articles() {
        return articles;
    }
}

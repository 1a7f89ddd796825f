package org.migkb.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.migkb.facts.RuleTags;
import org.migkb.knowledge.ArticleLibrary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and compiles DRL files into Drools' executable model (the compiler that understands
 * Java records). Problems come back as {@code file:line: message}: syntax errors from the DRL
 * parser, metadata errors from the rules' annotations (a diagnostic rule must name an article and
 * one of its causes; a rule that only derives facts for other rules says so with
 * {@code @combiner}), and compile errors from the executable-model builder, which reports no line
 * for semantic errors, so the expression it quotes is looked up in the source.
 */
public final class RuleCompiler {

    /** Marks a rule that derives facts for other rules and draws no conclusion of its own. */
    public static final String COMBINER = "combiner";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    /** A question asked with a literal key, {@code CollectNext.answer(kcontext, "key", ...)}; a computed key is checked when asked. */
    private static final Pattern ASKED_KEY = Pattern.compile("CollectNext\\s*\\.\\s*answer\\s*\\(\\s*\\w+\\s*,\\s*\"([^\"\\\\]*)\"\\s*,");

    /** The executable model of a set of rule files: class files by path, and the model classes to load. */
    public record CompiledRules(Map<String, byte[]> classFiles, List<String> modelClasses) {
    }

    /** Syntax and metadata problems in the sources; empty when they are sound. */
    public List<RuleProblem> check(List<RuleSource> sources, ArticleLibrary articles) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            problems.addAll(checkSource(source, articles));
        }
        return problems;
    }

    private static List<RuleProblem> checkSource(RuleSource source, ArticleLibrary articles) {
        List<RuleProblem> problems = new ArrayList<>();
        DrlParser parser = new DrlParser();
        PackageDescr drl;
        try {
            drl = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(source.name(), 0, e.getMessage()));
            return problems;
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            problems.add(new RuleProblem(source.name(), lines != null && lines.length > 0 ? lines[0] : 0,
                    error.getMessage().trim()));
        }
        if (drl == null || !problems.isEmpty()) {
            return problems;
        }
        for (RuleDescr rule : drl.getRules()) {
            if (rule.getAnnotation(COMBINER) != null) {
                continue;
            }
            String article = value(rule.getAnnotation(RuleTags.ARTICLE));
            String cause = value(rule.getAnnotation(RuleTags.CAUSE));
            String where = "rule '" + rule.getName() + "'";
            if (article == null || cause == null) {
                problems.add(new RuleProblem(source.name(), rule.getLine(),
                        where + " needs @article(\"Q...\") and @cause(\"...\"), or @combiner if it only derives facts"));
            } else if (articles.article(article).isEmpty()) {
                problems.add(new RuleProblem(source.name(), annotationLine(source, rule, RuleTags.ARTICLE),
                        where + " names article " + article + ", which has no article file"));
            } else if (articles.cause(article, cause).isEmpty()) {
                problems.add(new RuleProblem(source.name(), annotationLine(source, rule, RuleTags.CAUSE),
                        where + " names cause '" + cause + "', which article " + article + " does not list"));
            } else if (String.valueOf(rule.getConsequence()).contains("ExplainedEvent.by")
                    && !articles.cause(article, cause).get().harmless()) {
                problems.add(new RuleProblem(source.name(), annotationLine(source, rule, RuleTags.CAUSE), where
                        + " explains an event away, but cause '" + cause + "' of " + article + " is not harmless: give it"
                        + " verdict: harmless in the article file"));
            }
            problems.addAll(undeclaredQuestions(source, rule, articles));
        }
        return problems;
    }

    /** Each literal key the rule's action asks for with {@code CollectNext.answer} that no article declares. */
    private static List<RuleProblem> undeclaredQuestions(RuleSource source, RuleDescr rule, ArticleLibrary articles) {
        List<RuleProblem> problems = new ArrayList<>();
        Object consequence = rule.getConsequence();
        if (consequence == null) {
            return problems;
        }
        String action = consequence.toString();
        Matcher asked = ASKED_KEY.matcher(action);
        while (asked.find()) {
            String key = asked.group(1);
            if (!articles.questions().isKnownKey(key)) {
                problems.add(new RuleProblem(source.name(), lineNear(source.text(), asked.group(), rule.getConsequenceLine()),
                        "rule '" + rule.getName() + "' asks for answer key '" + key + "', which no article declares under"
                                + " questions:; declared: " + String.join(", ", articles.questions().keys())));
            }
        }
        return problems;
    }

    /** The 1-based line where the fragment first occurs at or after the given line, else that line. */
    private static int lineNear(String text, String fragment, int fromLine) {
        List<String> lines = text.lines().toList();
        String first = fragment.lines().findFirst().orElse(fragment);
        for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
            if (lines.get(i).contains(first)) {
                return i + 1;
            }
        }
        return fromLine;
    }

    /** Every rule of the sources with its metadata and place, in file and line order. */
    public List<RuleInfo> index(List<RuleSource> sources) {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleSource source : sources) {
            try {
                PackageDescr drl = new DrlParser().parse(false, source.text());
                if (drl == null) {
                    continue;
                }
                for (RuleDescr rule : drl.getRules()) {
                    String article = value(rule.getAnnotation(RuleTags.ARTICLE));
                    String cause = value(rule.getAnnotation(RuleTags.CAUSE));
                    rules.add(new RuleInfo(rule.getName(), article == null ? "" : article, cause == null ? "" : cause,
                            source.name(), rule.getLine()));
                }
            } catch (DroolsParserException e) {
                // reported by check()
            }
        }
        return rules;
    }

    /**
     * The line of a rule's {@code @key(...)} annotation (the parser keeps no line for
     * annotations): searched from the rule's first line up to its {@code when}.
     */
    private static int annotationLine(RuleSource source, RuleDescr rule, String key) {
        List<String> lines = source.text().lines().toList();
        for (int i = Math.max(0, rule.getLine() - 1); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("@" + key + "(")) {
                return i + 1;
            }
            if (line.strip().startsWith("when")) {
                break;
            }
        }
        return rule.getLine();
    }

    private static String value(AnnotationDescr annotation) {
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getSingleValueStripped();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Names the problem by the source file, finding the line from the quoted expression if Drools gave none. */
    private static RuleProblem locate(Message message, Map<String, RuleSource> byFileName) {
        String path = message.getPath() == null ? "" : message.getPath();
        RuleSource source = byFileName.get(path.substring(path.lastIndexOf('/') + 1));
        String text = message.getText().trim();
        if (source == null) {
            return new RuleProblem(path.isEmpty() ? "?" : path, Math.max(message.getLine(), 0), text);
        }
        int line = message.getLine();
        if (line <= 0) {
            line = lineOf(source.text(), text.substring(text.lastIndexOf(": ") + 2).trim());
        }
        return new RuleProblem(source.name(), line, text);
    }

    /** The 1-based line where the fragment first occurs, or 0 when it does not. */
    static int lineOf(String text, String fragment) {
        int at = fragment.isEmpty() ? -1 : text.indexOf(fragment);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Compiles the sources to the executable model.
     *
     * @throws RuleCompileException when they do not compile
     */
    public CompiledRules compile(List<RuleSource> sources) throws RuleCompileException {
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        for (RuleSource source : sources) {
            // Drools expects a file's folder to match its package.
            Matcher pkg = PACKAGE.matcher(source.text());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            files.write("src/main/resources/" + folder + source.fileName(), source.text());
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        Map<String, RuleSource> byFileName = new LinkedHashMap<>();
        sources.forEach(s -> byFileName.put(s.fileName(), s));
        List<RuleProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> locate(m, byFileName))
                .toList();
        if (!errors.isEmpty()) {
            throw new RuleCompileException(errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames().stream().sorted().toList()) {
            if (name.endsWith(".class")) {
                classes.put(name, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                // Lists the generated Model classes, one per line, after a version header.
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.trim());
                    }
                }
            }
        }
        if (models.isEmpty()) {
            throw new RuleCompileException(List.of(new RuleProblem("?", 0, "Drools generated no rule model")));
        }
        return new CompiledRules(classes, List.copyOf(models));
    }
}

package org.migkb.authoring;

import org.migkb.engine.RuleCompileException;
import org.migkb.engine.RuleCompiler;
import org.migkb.engine.RuleFolder;
import org.migkb.engine.RuleProblem;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a rule folder as {@code migkb rules validate} does: its article files, its rules'
 * syntax and metadata against the built-in and folder articles, a full compilation, and joins
 * that cannot be indexed (warnings only).
 */
public final class RuleValidator {

    /** What validation found: errors stop the folder being used, warnings do not. */
    public record Findings(List<RuleProblem> errors, List<RuleProblem> warnings) {
    }

    public Findings validate(Path folderPath) {
        List<RuleProblem> errors = new ArrayList<>();
        RuleFolder folder;
        try {
            folder = RuleFolder.open(folderPath);
        } catch (IOException e) {
            return new Findings(List.of(new RuleProblem(folderPath.toString(), 0, e.getMessage())), List.of());
        }
        ArticleLibrary articles = ArticleLibrary.builtIn();
        try {
            articles = articles.with(ArticleLibrary.fromFiles(folder.articleFiles()));
        } catch (IOException e) {
            errors.add(problemOf(e.getMessage(), folderPath));
        } catch (IllegalArgumentException e) {
            errors.add(new RuleProblem(folderPath.toString(), 0, e.getMessage()));
        }
        if (folder.rules().isEmpty()) {
            errors.add(new RuleProblem(folderPath.toString(), 0, "no .drl files here or in rules/"));
            return new Findings(errors, List.of());
        }
        RuleCompiler compiler = new RuleCompiler();
        errors.addAll(compiler.check(folder.rules(), articles));
        if (errors.isEmpty()) {
            try {
                compiler.compile(folder.rules());
            } catch (RuleCompileException e) {
                errors.addAll(e.problems());
            }
        }
        return new Findings(errors, new JoinLint().check(folder.rules()));
    }

    /** An article file's error, {@code file:line: message}, as a problem at that place. */
    private static RuleProblem problemOf(String message, Path folder) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?):(\\d+): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        if (m.matches()) {
            return new RuleProblem(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        int colon = message.indexOf(": ");
        return colon > 0 ? new RuleProblem(message.substring(0, colon), 0, message.substring(colon + 2))
                : new RuleProblem(folder.toString(), 0, message);
    }
}

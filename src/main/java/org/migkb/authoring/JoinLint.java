package org.migkb.authoring;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.migkb.engine.RuleProblem;
import org.migkb.engine.RuleSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds joins Drools cannot index, which make a rule's cost grow with the product of the facts
 * it joins instead of their sum: {@code eval(...)}, a join through a method call
 * ({@code name.equalsIgnoreCase($n)}), and a pattern that joins earlier facts without a single
 * {@code field == $variable} equality. Compute normalised keys in Java and join on them with
 * {@code ==}. A rule that joins facts known to be few (one answer per key) says so with
 * {@code @unindexed("why")} and is not warned about.
 */
public final class JoinLint {

    /** Marks a rule whose unindexed join is known to be cheap; its value says why. */
    public static final String UNINDEXED = "unindexed";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$\\w+\\s*:\\s*");
    private static final Pattern INDEXABLE = Pattern.compile("^\\s*[\\w.]+\\s*==\\s*\\$\\w+(\\.\\w+(\\(\\))?)*\\s*$");

    /** Warnings for every join in the sources that cannot be indexed. */
    public List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> warnings = new ArrayList<>();
        for (RuleSource source : sources) {
            PackageDescr drl;
            try {
                drl = new DrlParser().parse(false, source.text());
            } catch (DroolsParserException e) {
                continue; // syntax errors are reported by the compiler
            }
            if (drl == null) {
                continue;
            }
            for (RuleDescr rule : drl.getRules()) {
                if (rule.getAnnotation(UNINDEXED) == null) {
                    visit(rule.getLhs(), rule, source, warnings);
                }
            }
        }
        return warnings;
    }

    private static void visit(BaseDescr descr, RuleDescr rule, RuleSource source, List<RuleProblem> warnings) {
        if (descr instanceof EvalDescr eval) {
            warnings.add(new RuleProblem(source.name(), eval.getLine() > 0 ? eval.getLine() : rule.getLine(),
                    "rule '" + rule.getName() + "': eval(...) is tested for every combination of facts; join with"
                            + " field == $variable on a key computed in Java"));
        } else if (descr instanceof PatternDescr pattern) {
            checkPattern(pattern, rule, source, warnings);
            if (pattern.getSource() != null) {
                visit(pattern.getSource(), rule, source, warnings);
            }
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                visit(child, rule, source, warnings);
            }
        }
    }

    private static void checkPattern(PatternDescr pattern, RuleDescr rule, RuleSource source, List<RuleProblem> warnings) {
        boolean joins = false;
        boolean indexed = false;
        for (BaseDescr constraint : pattern.getDescrs()) {
            String text = constraint.getText() == null ? "" : constraint.getText();
            String expression = BINDING.matcher(text).replaceFirst("");
            Matcher variable = VARIABLE.matcher(expression);
            if (!variable.find()) {
                continue; // a literal test or a plain binding: no join
            }
            joins = true;
            if (INDEXABLE.matcher(expression).matches()) {
                indexed = true;
            } else if (expression.contains("(")) {
                warnings.add(new RuleProblem(source.name(), lineOf(constraint, pattern, rule),
                        "rule '" + rule.getName() + "': the join '" + expression.strip() + "' goes through a method call"
                                + " and cannot be indexed; join with field == $variable on a key computed in Java"));
            }
        }
        if (joins && !indexed) {
            warnings.add(new RuleProblem(source.name(), lineOf(pattern, pattern, rule),
                    "rule '" + rule.getName() + "': pattern " + pattern.getObjectType() + " joins earlier facts without"
                            + " a field == $variable equality, so Drools tests every pair"));
        }
    }

    private static int lineOf(BaseDescr descr, PatternDescr pattern, RuleDescr rule) {
        return descr.getLine() > 0 ? descr.getLine() : pattern.getLine() > 0 ? pattern.getLine() : rule.getLine();
    }
}

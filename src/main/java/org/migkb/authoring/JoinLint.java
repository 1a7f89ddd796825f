package org.migkb.authoring;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.migkb.engine.RuleProblem;
import org.migkb.engine.RuleSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds joins whose cost grows with the product of the facts they join instead of their sum:
 * <ul>
 * <li>{@code eval(...)}, a join through a method call ({@code name.equalsIgnoreCase($n)}), and a
 * pattern that joins earlier facts without a single {@code field == $variable} equality;</li>
 * <li>a <b>cross product</b>: a pattern, or a {@code not}/{@code exists} group or an
 * {@code accumulate}, that shares no variable with the patterns before it, when both sides can
 * be numerous. Drools then pairs every earlier match with every fact (for a group: evaluates
 * the group once per earlier match), as with {@code $list : UserList()} followed by a
 * {@code not( WizardUser(...) and ... )} that never mentions {@code $list}: lists times users.</li>
 * </ul>
 * Every fact type is taken as numerous except {@link #FEW}: a case can hold hundreds of user
 * lists and millions of events, and a type declared in a rule file can be anything. A single
 * pattern under {@code not} or {@code exists} is not a cross product (the first matching fact
 * settles it), nor is anything after only {@code not}/{@code exists}/{@code accumulate}
 * elements, which add no matches. Compute normalised keys in Java and join on them with
 * {@code ==}, or move the unrelated condition before the patterns it does not need. A rule
 * that joins facts known to be few says so with {@code @unindexed("why")} and is not warned about.
 */
public final class JoinLint {

    /** Marks a rule whose unindexed join is known to be cheap; its value says why. */
    public static final String UNINDEXED = "unindexed";

    /** Fact types a case holds few of: one answer per question, one fix per cause that names one. */
    public static final Set<String> FEW = Set.of("Answer", "InitialFact", "FixedIn", "FixStatus");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$\\w+\\s*:\\s*");
    private static final Pattern INDEXABLE = Pattern.compile("^\\s*[\\w.]+\\s*==\\s*\\$\\w+(\\.\\w+(\\(\\))?)*\\s*$");

    /** Warnings for every join in the sources that cannot be indexed or pairs unrelated facts. */
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
                    new RuleWalk(rule, source, warnings).sequence(rule.getLhs().getDescrs(), new Left(Set.of(), null));
                }
            }
        }
        return warnings;
    }

    /**
     * What the conditions before an element provide: the variables they bind, and the first
     * positive pattern of a numerous type among them (null when they can match only once).
     */
    private record Left(Set<String> bound, PatternDescr numerous) {
        Left binding(Set<String> more, PatternDescr pattern) {
            Set<String> all = new HashSet<>(bound);
            all.addAll(more);
            return new Left(all, numerous != null ? numerous : pattern);
        }

        /** The start of a group evaluated for each earlier match: it sees their variables. */
        Left inner() {
            return new Left(bound, null);
        }
    }

    private record RuleWalk(RuleDescr rule, RuleSource source, List<RuleProblem> warnings) {

        /** Walks conditions joined by "and", in order, and returns what they leave bound. */
        Left sequence(List<? extends BaseDescr> elements, Left left) {
            for (BaseDescr element : elements) {
                left = element(element, left);
            }
            return left;
        }

        private Left element(BaseDescr element, Left left) {
            if (element instanceof EvalDescr eval) {
                warn(eval, "eval(...) is tested for every combination of facts; join with field == $variable on a key"
                        + " computed in Java");
                return left;
            }
            if (element instanceof AndDescr and) {
                return sequence(and.getDescrs(), left);
            }
            if (element instanceof OrDescr or) {
                or.getDescrs().forEach(branch -> element(branch, left));
                return left; // a branch's bindings are not known to the others
            }
            if (element instanceof NotDescr || element instanceof ExistsDescr || element instanceof ForallDescr) {
                List<? extends BaseDescr> inside = ((ConditionalElementDescr) element).getDescrs();
                boolean single = inside.size() == 1 && inside.get(0) instanceof PatternDescr p && p.getSource() == null;
                if (!single) {
                    crossProduct(element, inside, left, keyword(element) + "( ... ) group");
                }
                sequence(inside, left.inner());
                return left;
            }
            if (element instanceof PatternDescr pattern) {
                return pattern(pattern, left);
            }
            return left;
        }

        private Left pattern(PatternDescr pattern, Left left) {
            Set<String> bindings = new HashSet<>(pattern.getAllBoundIdentifiers());
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                List<BaseDescr> inside = inputOf(accumulate);
                crossProduct(pattern, inside, left, "accumulate over " + typesIn(inside));
                sequence(inside, left.inner());
                accumulate.getFunctions().forEach(f -> {
                    if (f.getBind() != null) {
                        bindings.add(f.getBind());
                    }
                });
                return left.binding(bindings, null); // one result per earlier match: no more matches
            }
            if (pattern.getSource() != null) {
                return left.binding(bindings, null); // from ...: not a fact type the lint can size
            }
            boolean numerous = isNumerous(pattern.getObjectType());
            if (numerous && left.numerous() != null && !mentions(List.of(pattern), left.bound())) {
                warnCrossProduct(pattern, "pattern " + simpleName(pattern.getObjectType()), left);
            }
            indexing(pattern);
            return left.binding(bindings, numerous ? pattern : null);
        }

        private void crossProduct(BaseDescr element, List<? extends BaseDescr> inside, Left left, String what) {
            if (left.numerous() != null && containsNumerous(inside) && !mentions(inside, left.bound())) {
                warnCrossProduct(element, what, left);
            }
        }

        private void warnCrossProduct(BaseDescr element, String what, Left left) {
            PatternDescr before = left.numerous();
            warn(element, what + " shares no variable with the patterns before it, so the engine pairs it with every "
                    + simpleName(before.getObjectType()) + " (line " + before.getLine() + "), a cross product of two"
                    + " numerous kinds of fact; put it before them if it does not need them, join it on a key with"
                    + " field == $variable, or say why it is cheap with @unindexed(\"why\")");
        }

        /** Joins a pattern makes that Drools cannot index. */
        private void indexing(PatternDescr pattern) {
            boolean joins = false;
            boolean indexed = false;
            for (BaseDescr constraint : pattern.getDescrs()) {
                String expression = expressionOf(constraint);
                Matcher variable = VARIABLE.matcher(expression);
                if (!variable.find()) {
                    continue; // a literal test or a plain binding: no join
                }
                joins = true;
                if (INDEXABLE.matcher(expression).matches()) {
                    indexed = true;
                } else if (expression.contains("(")) {
                    warn(constraint.getLine() > 0 ? constraint : pattern, "the join '" + expression.strip()
                            + "' goes through a method call and cannot be indexed; join with field == $variable on a key"
                            + " computed in Java");
                }
            }
            if (joins && !indexed) {
                warn(pattern, "pattern " + pattern.getObjectType() + " joins earlier facts without a field == $variable"
                        + " equality, so Drools tests every pair");
            }
        }

        private void warn(BaseDescr at, String message) {
            int line = at.getLine() > 0 ? at.getLine() : rule.getLine();
            warnings.add(new RuleProblem(source.name(), line, "rule '" + rule.getName() + "': " + message));
        }
    }

    private static List<BaseDescr> inputOf(AccumulateDescr accumulate) {
        return accumulate.getInput() == null ? List.of() : List.of(accumulate.getInput());
    }

    private static String keyword(BaseDescr element) {
        return element instanceof NotDescr ? "not" : element instanceof ExistsDescr ? "exists" : "forall";
    }

    private static String expressionOf(BaseDescr constraint) {
        String text = constraint.getText() == null ? "" : constraint.getText();
        return BINDING.matcher(text).replaceFirst("");
    }

    /** Whether any constraint in the elements (at any depth) uses one of the variables. */
    private static boolean mentions(List<? extends BaseDescr> elements, Set<String> variables) {
        if (variables.isEmpty()) {
            return false;
        }
        for (BaseDescr element : elements) {
            if (element instanceof PatternDescr pattern) {
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (usesAny(expressionOf(constraint), variables)) {
                        return true;
                    }
                }
                if (pattern.getSource() instanceof AccumulateDescr accumulate && mentions(inputOf(accumulate), variables)) {
                    return true;
                }
            } else if (element instanceof EvalDescr eval) {
                if (usesAny(String.valueOf(eval.getContent()), variables)) {
                    return true;
                }
            } else if (element instanceof ConditionalElementDescr group && mentions(group.getDescrs(), variables)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesAny(String text, Set<String> variables) {
        for (String variable : variables) {
            if (Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNumerous(List<? extends BaseDescr> elements) {
        for (BaseDescr element : elements) {
            if (element instanceof PatternDescr pattern) {
                if (isNumerous(pattern.getObjectType())
                        || pattern.getSource() instanceof AccumulateDescr a && containsNumerous(inputOf(a))) {
                    return true;
                }
            } else if (element instanceof ConditionalElementDescr group && containsNumerous(group.getDescrs())) {
                return true;
            }
        }
        return false;
    }

    private static String typesIn(List<? extends BaseDescr> elements) {
        List<String> types = new ArrayList<>();
        for (BaseDescr element : elements) {
            if (element instanceof PatternDescr pattern) {
                types.add(simpleName(pattern.getObjectType()));
            } else if (element instanceof ConditionalElementDescr group) {
                types.add(typesIn(group.getDescrs()));
            }
        }
        return String.join(" and ", types);
    }

    private static boolean isNumerous(String type) {
        return type != null && !FEW.contains(simpleName(type));
    }

    private static String simpleName(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }
}

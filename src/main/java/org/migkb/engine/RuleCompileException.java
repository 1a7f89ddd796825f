package org.migkb.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that do not compile, or whose metadata names an unknown article or cause. */
public final class RuleCompileException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleCompileException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

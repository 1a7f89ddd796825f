package org.migkb.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes rule indexes: one {@link RuleInfo} per line, tab-separated. */
final class RuleIndex {

    private RuleIndex() {
    }

    static String serialise(List<RuleInfo> rules) {
        return rules.stream().map(RuleInfo::toLine).collect(Collectors.joining("\n", "", "\n"));
    }

    static List<RuleInfo> parse(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(RuleInfo::fromLine).toList();
    }
}

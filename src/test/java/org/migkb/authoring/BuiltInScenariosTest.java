package org.migkb.authoring;

import org.junit.jupiter.api.Test;
import org.migkb.api.Diagnoser;
import org.migkb.engine.RuleBase;
import org.migkb.engine.RuleFolder;
import org.migkb.engine.RuleInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in rules' own scenarios (rules/scenarios) all pass, and together fire every built-in rule. */
class BuiltInScenariosTest {

    @Test
    void everyScenarioPassesAndEveryRuleFires() throws IOException {
        RuleBase rules = RuleBase.builtIn();
        ScenarioRunner runner = new ScenarioRunner(Diagnoser.of(rules));
        List<Path> scenarios = RuleFolder.scenarioFiles(Path.of("rules/scenarios"));
        assertTrue(scenarios.size() >= 15, scenarios.toString());
        Set<String> fired = new HashSet<>();
        for (Path scenario : scenarios) {
            ScenarioResult result = runner.run(scenario);
            assertEquals(List.of(), result.failures(), result.name());
            fired.addAll(result.firedRules());
        }
        List<String> unfired = rules.rules().stream().map(RuleInfo::name).filter(r -> !fired.contains(r)).toList();
        assertEquals(List.of(), unfired, "built-in rules no scenario fires");
    }
}

package org.migkb.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.RecipientAddress;
import org.migkb.ingest.CaseData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session gets the addresses some rule can match, built-in or from a rule folder; the case keeps them all. */
class AddressInterestApiTest {

    private static final Path CASE = Path.of("examples/healthy-migration");

    @Test
    void builtInRulesTakeOnlyMigrateAndMsAddressesButTheCaseKeepsEveryAddress() throws Exception {
        Diagnoser diagnoser = Diagnoser.builtIn();
        assertEquals("MIGRATE\nMS\n", diagnoser.rules().addressInterest().serialise());
        CaseData data = diagnoser.read(List.of(CASE));
        List<String> types = data.facts().stream().filter(RecipientAddress.class::isInstance)
                .map(f -> ((RecipientAddress) f).type()).distinct().sorted().toList();
        assertTrue(types.containsAll(List.of("MIGRATE", "MS", "SMTP", "X400")), "read, every type: " + types);
        diagnoser.diagnose(data, List.of());
        assertEquals(types, data.facts().stream().filter(RecipientAddress.class::isInstance)
                .map(f -> ((RecipientAddress) f).type()).distinct().sorted().toList(), "diagnosing keeps them in the case");
    }

    @Test
    void aFolderRuleOnSmtpAddressesWidensTheInterestAndFires(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("smtp.drl"), """
                package mine;
                import org.migkb.facts.RecipientAddress;

                rule "mine: a secondary SMTP address" @combiner
                when
                    RecipientAddress( type == "SMTP", value == "alice.archer@contoso.com", !primary )
                then
                end
                """);
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(folder));
        assertEquals("MIGRATE\nMS\nSMTP\n", diagnoser.rules().addressInterest().serialise());
        Diagnoser.Outcome outcome = diagnoser.diagnoseWithCoverage(diagnoser.read(List.of(CASE)), List.of());
        assertTrue(outcome.firedRules().contains("mine: a secondary SMTP address"), "fired: " + outcome.firedRules());
    }

    @Test
    void aFolderRuleThatDoesNotPinTheTypeTakesEveryAddress(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("x400.drl"), """
                package mine;
                import org.migkb.facts.RecipientAddress;

                rule "mine: an X.400 address" @combiner
                when
                    RecipientAddress( type.startsWith("X4"), primary )
                then
                end
                """);
        Diagnoser diagnoser = Diagnoser.withRuleFolders(List.of(folder));
        assertTrue(diagnoser.rules().addressInterest().wantsEveryType());
        assertFalse(Diagnoser.builtIn().rules().addressInterest().wantsEveryType());
        Diagnoser.Outcome outcome = diagnoser.diagnoseWithCoverage(diagnoser.read(List.of(CASE)), List.of());
        assertTrue(outcome.firedRules().contains("mine: an X.400 address"), "fired: " + outcome.firedRules());
    }
}

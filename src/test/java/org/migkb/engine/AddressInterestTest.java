package org.migkb.engine;

import org.junit.jupiter.api.Test;
import org.migkb.facts.Provenance;
import org.migkb.facts.RecipientAddress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressInterestTest {

    private static RecipientAddress address(String type) {
        return new RecipientAddress("dir.csv:2", type, "x", null, true, Provenance.ofLine("dir.csv", 2));
    }

    private static RuleSource drl(String when) {
        return drl("", when);
    }

    private static RuleSource drl(String before, String when) {
        return new RuleSource("t.drl", "package t;\nimport org.migkb.facts.*;\nimport java.util.List;\n" + before
                + "\nrule \"r\" @combiner\nwhen\n" + when + "\nthen\nend\n");
    }

    @Test
    void builtInRulesWantOnlyMigrateAndMsAddresses() throws IOException {
        AddressInterest interest = AddressInterest.of(RuleSource.fromFolder(Path.of("rules")));
        assertEquals("MIGRATE\nMS\n", interest.serialise());
        assertEquals(interest.serialise(), AddressInterest.builtIn().serialise(), "the build recorded the same");
        assertTrue(interest.wants("MIGRATE"));
        assertFalse(interest.wants("SMTP"));
        assertFalse(interest.wantsEveryType());
        assertTrue(interest.asSessionFilter().test(address("MS")));
        assertFalse(interest.asSessionFilter().test(address("X400")));
        assertTrue(interest.asSessionFilter().test("not an address"), "only addresses are filtered");
    }

    @Test
    void literalTypesInsideNotExistsAccumulateAndCollectCount() {
        AddressInterest interest = AddressInterest.of(List.of(
                drl("not RecipientAddress( type == \"SMTP\" )"),
                drl("exists( Recipient() and org.migkb.facts.RecipientAddress( type == \"X400\", primary ) )"),
                drl("accumulate( RecipientAddress( type == \"CCMAIL\", $v : value ); $n : count($v) )"),
                drl("$all : List() from collect( RecipientAddress( type == \"NOTES\" ) )")));
        assertEquals("CCMAIL\nNOTES\nSMTP\nX400\n", interest.serialise());
        assertFalse(interest.wants("MS"));
        assertTrue(interest.and(AddressInterest.builtIn()).wants("MS"), "user folders add to the built-in rules");
    }

    @Test
    void aCommentNamingAddressesChangesNothing() {
        AddressInterest interest = AddressInterest.of(List.of(
                drl("// RecipientAddress() would want everything\n/* so would RecipientAddress */ RecipientAddress( type == \"MS\" )")));
        assertEquals("MS\n", interest.serialise());
    }

    @Test
    void anyUseThatDoesNotPinTheTypeWantsEveryType() {
        List<RuleSource> wide = List.of(
                drl("RecipientAddress( primary )"),
                drl("$a : RecipientAddress( type != \"SMTP\" )"),
                drl("RecipientAddress( type == \"MS\" || type == \"SMTP\" )"),
                drl("accumulate( RecipientAddress( $v : value ); $n : count($v) )"),
                drl("$all : List() from collect( RecipientAddress() )"),
                drl("$o : Object()"),
                drl("function boolean smtp(Object o) { return o instanceof RecipientAddress; }",
                        "$r : Recipient( ) eval( smtp($r) )"),
                new RuleSource("t.drl", "package t; rule \"broken\" when RecipientAddress( type == \"MS\" then end"));
        for (RuleSource source : wide) {
            AddressInterest interest = AddressInterest.of(List.of(drl("RecipientAddress( type == \"MS\" )"), source));
            assertTrue(interest.wantsEveryType(), source.text());
            assertEquals("*\n", interest.serialise());
            assertTrue(interest.asSessionFilter().test(address("SMTP")), source.text());
        }
    }
}

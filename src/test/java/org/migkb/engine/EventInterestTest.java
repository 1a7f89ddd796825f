package org.migkb.engine;

import org.junit.jupiter.api.Test;
import org.migkb.facts.EventRecord;
import org.migkb.facts.Provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventInterestTest {

    private static EventRecord event(String source, int id) {
        return new EventRecord(source, source.toUpperCase(), id, "Error", "None", "", "", "", "", List.of(),
                Provenance.ofLine("log.csv", 1));
    }

    private static RuleSource drl(String when) {
        return new RuleSource("t.drl", "package t;\nimport org.migkb.facts.*;\nrule \"r\" @combiner\nwhen\n" + when + "\nthen\nend\n");
    }

    @Test
    void builtInRulesWantOnlyTheMigrationWizardEventsTheyDiagnose() throws IOException {
        EventInterest interest = EventInterest.of(RuleSource.fromFolder(Path.of("rules")));
        // Other built-in articles add their events; these are the ones the original four diagnose.
        assertTrue(interest.serialise().contains("MSEXCHANGEMIG 7017\nMSEXCHANGEMIG 7026\n"), interest.serialise());
        assertTrue(interest.wants(event("MSExchangeMig", 7026)));
        assertTrue(interest.wants(event("MSExchangeMig", 7017)));
        assertFalse(interest.wants(event("MSExchangeMig", 7001)));
        assertFalse(interest.wants(event("EventLog", 6005)));
        assertTrue(interest.wants("msExchangeMig", 7026), "readers ask with the source as written");
        assertFalse(interest.wants("MSExchangeIS", 7026));
        assertFalse(interest.wants("MSExchangeMig", 1001));
        assertFalse(interest.asEventFilter().wants("EventLog", 6005));
        assertEquals(interest.serialise(), EventInterest.builtIn().serialise(), "the build recorded the same");
    }

    @Test
    void patternsInsideNotAndExistsCountAndPartialConstraintsWiden() {
        EventInterest interest = EventInterest.of(List.of(
                drl("exists EventRecord( eventId == 7017, sourceKey == \"MSEXCHANGEMIG\" )"),
                drl("not EventRecord( sourceKey == \"MSEXCHANGEIS\" )"),
                drl("EventRecord( eventId == 8002 )")));
        assertEquals("* 8002\nMSEXCHANGEIS *\nMSEXCHANGEMIG 7017\n", interest.serialise());
        assertTrue(interest.wants(event("MSExchangeIS", 1001)));
        assertTrue(interest.wants(event("AnySource", 8002)));
        assertFalse(interest.wants(event("MSExchangeMig", 7026)));
        assertTrue(interest.wants("msexchangeis", 1), "a source taken with any ID");
        assertTrue(interest.wants("Other", 8002));
        assertFalse(interest.wants("Other", 8003));
    }

    @Test
    void patternsInsideAccumulateAndCollectCount() {
        EventInterest interest = EventInterest.of(List.of(
                drl("accumulate( EventRecord( sourceKey == \"MSEXCHANGEMIG\", eventId == 7001, $id : eventId ); $n : count($id) )"),
                new RuleSource("u.drl", "package t;\nimport org.migkb.facts.*;\nimport java.util.List;\nrule \"u\" @combiner\nwhen\n"
                        + "$all : List() from collect( EventRecord( eventId == 7002 ) )\nthen\nend\n")));
        assertEquals("* 7002\nMSEXCHANGEMIG 7001\n", interest.serialise());
    }

    @Test
    void aPatternWithoutLiteralsWantsEverything() {
        EventInterest interest = EventInterest.of(List.of(drl("$e : EventRecord( eventId > 7000 )")));
        assertTrue(interest.wants(event("EventLog", 6005)));
        assertTrue(interest.asFactFilter().test("not an event"));
    }
}

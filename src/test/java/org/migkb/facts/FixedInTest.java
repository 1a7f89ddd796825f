package org.migkb.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FixedInTest {

    private static final FixedIn SP1_OF_55_ONLY = new FixedIn("Q1", "c", "5.5", 1, List.of("5.5"));
    private static final FixedIn SP2_OF_50 = new FixedIn("Q1", "c", "5.0", 2, List.of());

    private static Answer version(String v) {
        return new Answer("exchangeVersion", v, -1, Provenance.ofAnswer("exchangeVersion"));
    }

    private static Answer pack(int n) {
        return new Answer("servicePack", "SP" + n, n, Provenance.ofAnswer("servicePack"));
    }

    private static String state(FixedIn fix, Answer... answers) {
        FixStatus status = fix.statusFor(List.of(answers));
        return status == null ? null : status.state() + "@" + status.at().cite();
    }

    @Test
    void theFixingVersionIsDecidedByItsServicePack() {
        assertEquals("unfixed@answer:servicePack", state(SP1_OF_55_ONLY, version("5.5"), pack(0)));
        assertEquals("fixed@answer:servicePack", state(SP1_OF_55_ONLY, version("5.5"), pack(1)));
        assertEquals("fixed@answer:servicePack", state(SP1_OF_55_ONLY, version("5.5"), pack(3)));
        assertNull(state(SP1_OF_55_ONLY, version("5.5")), "5.5 without a service pack answer is open");
    }

    @Test
    void aVersionOutsideTheAffectedOnesIsUnaffectedWhateverItsServicePack() {
        assertEquals("unaffected@answer:exchangeVersion", state(SP1_OF_55_ONLY, version("5.0"), pack(0)));
        assertEquals("unaffected@answer:exchangeVersion", state(SP1_OF_55_ONLY, version("2000")));
    }

    @Test
    void withoutAffectsEarlierVersionsAreUnfixedAndLaterOnesFixed() {
        assertEquals("unfixed@answer:exchangeVersion", state(SP2_OF_50, version("4.0"), pack(4)));
        assertEquals("fixed@answer:exchangeVersion", state(SP2_OF_50, version("5.5"), pack(0)));
        assertEquals("unfixed@answer:servicePack", state(SP2_OF_50, version("5.0"), pack(1)));
    }

    @Test
    void aFixInTheReleaseItselfNeedsNoServicePackAnswer() {
        FixedIn release55 = new FixedIn("Q1", "c", "5.5", 0, List.of("4.0", "5.0", "5.5"));
        assertEquals("fixed@answer:exchangeVersion", state(release55, version("5.5")));
        assertEquals("unfixed@answer:exchangeVersion", state(release55, version("5.0"), pack(3)));
    }

    @Test
    void withoutAVersionOnlyAServicePackAtOrPastTheFixDecides() {
        assertEquals("fixed@answer:servicePack", state(SP1_OF_55_ONLY, pack(2)));
        assertNull(state(SP1_OF_55_ONLY, pack(0)), "SP0 of an unknown version may be a later release");
        assertNull(state(SP1_OF_55_ONLY));
    }
}

package org.migkb.facts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersTest {

    @Test
    void languagesNormaliseToIsoCodes() {
        assertEquals("es", Answers.parse("clientLanguage=es-MX").value());
        assertEquals("es", Answers.parse("clientLanguage=Spanish").value());
        assertEquals("en", Answers.parse("serverLanguage=EN").value());
        assertEquals("de", Answers.parse("serverLanguage=german").value());
    }

    @Test
    void servicePackHasANumber() {
        Answer sp = Answers.parse("servicePack=sp2");
        assertEquals("SP2", sp.value());
        assertEquals(2, sp.number());
        assertEquals(0, Answers.parse("servicePack=none").number());
        assertEquals(3, Answers.parse("servicePack=3").number());
    }

    @Test
    void otherKeysNormalise() {
        assertEquals("5.5", Answers.parse("exchangeVersion=Exchange Server 5.5").value());
        assertEquals("yes", Answers.parse("mailboxesPrecreated=TRUE").value());
        assertEquals("two-step", Answers.parse("migrationMode=Two Step").value());
        assertEquals("answer:migrationMode", Answers.parse("migrationMode=one-step").at().cite());
    }

    @Test
    void unknownKeyNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answers.parse("colour=blue"));
        assertTrue(e.getMessage().contains("colour") && e.getMessage().contains("servicePack"), e.getMessage());
    }

    @Test
    void badValueNamesTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answers.parse("servicePack=SP9"));
        assertTrue(e.getMessage().contains("SP9") && e.getMessage().contains("SP4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Answers.parse("clientLanguage=Klingonish"));
        assertThrows(IllegalArgumentException.class, () -> Answers.parse("migrationMode=three-step"));
        assertThrows(IllegalArgumentException.class, () -> Answers.parse("exchangeVersion"));
    }
}

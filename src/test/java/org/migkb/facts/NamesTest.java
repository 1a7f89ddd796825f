package org.migkb.facts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTest {

    @Test
    void sameNameWrittenDifferentlyGivesTheSameKey() {
        assertEquals("ALICIA PENA", Names.key("Alicia Peña"));
        assertEquals("ALICIA PENA", Names.key("Peña, Alicia"));
        assertEquals("ALICIA PENA", Names.key("  alicia   pena "));
        assertEquals("", Names.key(" "));
        assertEquals("", Names.key(null));
    }
}

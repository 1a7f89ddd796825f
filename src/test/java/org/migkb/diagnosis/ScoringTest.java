package org.migkb.diagnosis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkb.facts.Strength.MODERATE;
import static org.migkb.facts.Strength.STRONG;
import static org.migkb.facts.Strength.SYMPTOM;
import static org.migkb.facts.Strength.WEAK;

class ScoringTest {

    @Test
    void symptomAloneIsThePrior() {
        assertEquals(0.1, Scoring.confidence(List.of(SYMPTOM), List.of(), 0));
    }

    @Test
    void supportCombinesAsIndependentSignals() {
        assertEquals(0.64, Scoring.confidence(List.of(SYMPTOM, STRONG), List.of(), 0));
        // 1 - 0.9 * 0.4 * 0.65
        assertEquals(0.766, Scoring.confidence(List.of(SYMPTOM, STRONG, MODERATE), List.of(), 0));
    }

    @Test
    void contraryEvidenceWeighsMoreThanSupportOfTheSameStrength() {
        double withStrongAgainst = Scoring.confidence(List.of(SYMPTOM, STRONG), List.of(STRONG), 0);
        assertEquals(0.128, withStrongAgainst);
        assertTrue(Scoring.againstWeight(WEAK) > Scoring.supportWeight(WEAK));
        assertTrue(Scoring.againstWeight(STRONG) > Scoring.supportWeight(STRONG));
    }

    @Test
    void missingInputsCostAShareEachUpToTheCap() {
        assertEquals(0.576, Scoring.confidence(List.of(SYMPTOM, STRONG), List.of(), 1));
        assertEquals(0.073, Scoring.confidence(List.of(SYMPTOM), List.of(), 3));
        assertEquals(Scoring.confidence(List.of(SYMPTOM), List.of(), 3), Scoring.confidence(List.of(SYMPTOM), List.of(), 7));
    }
}

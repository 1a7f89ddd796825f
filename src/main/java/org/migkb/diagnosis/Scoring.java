package org.migkb.diagnosis;

import org.migkb.facts.Strength;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The confidence rule, documented in docs/scoring.md. Evidence combines as independent
 * signals ("noisy-OR"): each rule's strongest supporting item multiplies the remaining doubt,
 * each rule's strongest case-wide contrary item multiplies the confidence down, and every
 * missing input the candidate asks for costs a fixed share. Contrary evidence weighs more
 * than supporting evidence of the same strength: one solid fact against a cause outweighs
 * one for it.
 */
public final class Scoring {

    /** Confidence from the symptom alone: the cause is possible, nothing more. */
    public static final double SYMPTOM_PRIOR = 0.10;
    /** Each missing input multiplies the confidence by this. */
    public static final double MISSING_FACTOR = 0.90;
    /** Missing inputs counted at most, so that a long wish list does not bury a real finding. */
    public static final int MISSING_COUNTED = 3;

    private Scoring() {
    }

    /** How much a supporting item of this strength removes of the remaining doubt. */
    public static double supportWeight(Strength strength) {
        return switch (strength) {
            case SYMPTOM -> SYMPTOM_PRIOR;
            case WEAK -> 0.15;
            case MODERATE -> 0.35;
            case STRONG -> 0.60;
        };
    }

    /** How much a contrary item of this strength removes of the confidence. */
    public static double againstWeight(Strength strength) {
        return switch (strength) {
            case SYMPTOM -> 0.0;
            case WEAK -> 0.20;
            case MODERATE -> 0.45;
            case STRONG -> 0.80;
        };
    }

    /**
     * @param support  the strongest supporting item of each rule (the symptom included)
     * @param against  the strongest case-wide contrary item of each rule
     * @param missing  how many distinct inputs the candidate asks for
     * @return the confidence, rounded to three decimals
     */
    public static double confidence(Collection<Strength> support, Collection<Strength> against, int missing) {
        double doubt = 1.0;
        for (Strength s : support) {
            doubt *= 1.0 - supportWeight(s);
        }
        double confidence = 1.0 - doubt;
        for (Strength s : against) {
            confidence *= 1.0 - againstWeight(s);
        }
        confidence *= Math.pow(MISSING_FACTOR, Math.min(missing, MISSING_COUNTED));
        return BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}

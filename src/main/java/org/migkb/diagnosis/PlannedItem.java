package org.migkb.diagnosis;

import java.util.List;

/**
 * One thing to collect next for the case as a whole, with why it comes where it does
 * (docs/collect-next.md).
 *
 * @param kind    {@code answer}, {@code file} or {@code tool}
 * @param keys    the answer keys to give together (both languages, say), or the short name of the file or check
 * @param cost    the engineer's effort: each answer's question's effort (1 to 3), 3 per file, 5 per check
 * @param value   how much it is expected to move the leading candidates' confidence (0 to 1)
 * @param score   value per unit of cost; the list is ordered by it
 * @param askedBy the diagnoses that asked for it, {@code ARTICLE/cause}
 */
public record PlannedItem(String kind, List<String> keys, String text, int cost, double value, double score,
                          List<String> askedBy) {
}

package org.migkb.knowledge;

import java.util.List;

/**
 * A cause an article documents, and what to do about it.
 *
 * @param id          stable identifier, e.g. {@code csv-migrate-proxy-removed}
 * @param title       one line naming the cause
 * @param explanation why it produces the symptom, in our words
 * @param steps       remedy steps in the order to take them
 * @param verify      how to check the remedy worked
 */
public record Cause(String id, String title, String explanation, List<String> steps, String verify) {
}

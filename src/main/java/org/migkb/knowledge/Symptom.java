package org.migkb.knowledge;

/**
 * A symptom of an article: usually an event (source and ID), always a sentence.
 *
 * @param eventSource the event source, e.g. {@code MSExchangeMig}, or null when not an event
 * @param eventId     the event code, or 0 when not an event
 * @param summary     the symptom in our words
 */
public record Symptom(String eventSource, int eventId, String summary) {
}

package org.migkb.diagnosis;

/**
 * An input or answer that would raise or lower a diagnosis.
 *
 * @param kind {@code answer} (give {@code --answer key=value}) or {@code file} (collect a file)
 * @param key  the answer key or a short name of the file
 */
public record CollectItem(String kind, String key, String text) {
}

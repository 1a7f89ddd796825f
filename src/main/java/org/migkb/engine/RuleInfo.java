package org.migkb.engine;

/**
 * A rule as {@code migkb rules list} shows it.
 *
 * @param article the article it files evidence for, or "" for a combiner
 * @param cause   the cause it files evidence for, or "" for a combiner
 * @param file    the DRL file it is written in
 * @param line    the line its {@code rule} keyword is on
 */
public record RuleInfo(String name, String article, String cause, String file, int line) {

    /** {@code file:line} */
    public String location() {
        return file + ":" + line;
    }

    /** One tab-separated line, as rule indexes store it. */
    String toLine() {
        return String.join("\t", name, article, cause, file, String.valueOf(line));
    }

    static RuleInfo fromLine(String line) {
        String[] f = line.split("\t", -1);
        return new RuleInfo(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]));
    }
}

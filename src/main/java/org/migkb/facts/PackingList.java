package org.migkb.facts;

/**
 * A Migration Wizard packing list ({@code .PKL}) of a two-step migration: the code page its first
 * content line declares for the primary and secondary files it lists, the files the source
 * extractor wrote. Rules compare it with the code page a postoffice's text belongs in.
 *
 * @param file     the packing list
 * @param codePage the declared code page number, e.g. 850 or 1252
 * @param at       the line that declares it
 */
public record PackingList(String file, int codePage, Provenance at) {
}

/**
 * The article files in {@code kb-articles/}: what each KnowledgeBase article says about its
 * symptoms, causes and remedy steps, in migkb's own words. Reports take titles and steps from
 * here and nowhere else.
 */
package org.migkb.knowledge;

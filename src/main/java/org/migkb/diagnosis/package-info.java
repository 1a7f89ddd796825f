/**
 * Diagnosis: turns the rules' conclusions into ranked diagnoses. Which users are affected,
 * how confident each diagnosis is (the documented rule in docs/scoring.md, implemented by
 * {@link org.migkb.diagnosis.Scoring}), and what to collect next. Titles and steps come from
 * the article files; nothing about any particular cause is known here.
 */
package org.migkb.diagnosis;

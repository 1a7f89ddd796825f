/**
 * The Java API: {@link org.migkb.api.Diagnoser} takes a case (files, folders or ready-made
 * facts) and answers, and returns the {@link org.migkb.report.Report} that every interface
 * renders.
 */
package org.migkb.api;

/**
 * Ingest: turns the files a support engineer collected into facts. One {@link
 * org.migkb.ingest.FormatReader} per format, chosen by sniffing the content, never the file
 * name; {@link org.migkb.ingest.CaseLoader} walks files and folders and collects the facts,
 * per-file summaries and warnings. Bad input becomes a warning naming the file and line; it
 * never stops the rest of the case from being read.
 */
package org.migkb.ingest;

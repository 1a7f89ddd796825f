/**
 * Reports: the {@link org.migkb.report.Report} object and its renderings. The JSON rendering
 * is a contract (docs/report.schema.json); every other rendering is built from the same object.
 */
package org.migkb.report;

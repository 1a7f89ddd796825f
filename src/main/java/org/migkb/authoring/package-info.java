/**
 * Tools for rule authors, who extend migkb with files, not Java: validating a rule folder
 * (compile errors, metadata, joins that cannot be indexed), running scenarios (a case folder and
 * an expectation file beside it) and reporting which rules no scenario fired.
 */
package org.migkb.authoring;

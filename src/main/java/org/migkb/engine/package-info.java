/**
 * The engine: compiles DRL into Drools' executable model (at build time for the built-in
 * rules), checks every rule's metadata against the article files, builds the KieBase, and runs
 * one session per case with a firing limit and a deadline.
 */
package org.migkb.engine;

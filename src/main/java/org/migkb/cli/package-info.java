/** The command line: {@code migkb diagnose PATH... [--format text|json] [--answer key=value]...}. */
package org.migkb.cli;

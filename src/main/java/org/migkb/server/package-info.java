/**
 * The HTTP service ({@code migkb serve}): the CLI's JSON contract over HTTP for help-desk tools,
 * the articles and rules, an OpenAPI document, and a web page for engineers. Rule folders are
 * reloaded when they change, without a restart and without disturbing requests in flight.
 */
package org.migkb.server;

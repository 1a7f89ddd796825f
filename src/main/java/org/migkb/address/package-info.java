/**
 * The Exchange address grammar: MS Mail addresses ({@code NET/PO/MAILBOX}) and proxy
 * addresses ({@code TYPE:value}; which are primary is the export's business, not the type's case), including lists of
 * them joined by {@code %} or {@code ;}. No library parses these, so they are written here.
 */
package org.migkb.address;

/**
 * The Exchange address grammar: MS Mail addresses ({@code NET/PO/MAILBOX}) and proxy
 * addresses ({@code TYPE:value}; which are primary is the export's business, not the type's case), including lists of
 * them joined by {@code %} or {@code ;}; Windows NT account names; and the Exchange directory's
 * distinguished names, whose LDAP spelling the UnboundID SDK parses. No library parses the
 * others, so they are written here.
 */
package org.migkb.address;

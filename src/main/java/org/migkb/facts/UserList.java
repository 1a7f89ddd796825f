package org.migkb.facts;

/**
 * A Migration Wizard user-list file as a whole, so rules can ask "was a list supplied" and
 * compare its rows.
 *
 * @param file            the list file (rows refer to it in {@link WizardUser#listFile()})
 * @param postoffice      the MS Mail {@code NET/PO} the list belongs to, upper case, or null if unknown
 * @param secondaryColumn whether the list has a Secondary-Proxy-Addresses column
 */
public record UserList(String file, String postoffice, boolean secondaryColumn, Provenance at) {
}

package org.migkb.facts;

/**
 * A row of the Migration Wizard's user list (two-step migration), one MS Mail user.
 *
 * @param msAddress     the user's MS Mail address {@code NET/PO/MAILBOX}, upper case
 * @param mailboxKey    the MS Mail mailbox name (SFS_UserName), upper case
 * @param commonName    Common-Name: the directory name the wizard will give the mailbox
 * @param commonNameKey Common-Name upper case, for joins
 * @param fullNameKey   the user's full name (SFS_FullName, else Display-Name) as {@link Names#key}, or ""
 * @param mode          Mode as written (Create when the wizard wrote it; blank means Update)
 * @param migrating     false only when MigrateUser is N
 * @param migrateValue  the state of this row's {@code migrate:} proxy value
 * @param listFile      the user-list file, so rules can compare rows of the same list
 * @param ntAccount     the Windows NT account the mailbox is to be associated with
 *                      ({@code Assoc-NT-Account}: <code>DOMAIN&#92;user</code> or a bare user name), or ""
 * @param ntAccountKey  the account upper case, for joins
 */
public record WizardUser(
        String msAddress,
        String mailboxKey,
        String commonName,
        String commonNameKey,
        String fullNameKey,
        String mode,
        boolean migrating,
        MigrateValue migrateValue,
        String listFile,
        String ntAccount,
        String ntAccountKey,
        Provenance at) {
}

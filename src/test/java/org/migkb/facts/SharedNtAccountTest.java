package org.migkb.facts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accounts several mailboxes or user-list rows hold, found once in Java (Q152927). */
class SharedNtAccountTest {

    private static Recipient mailbox(int line, RecipientKind kind, String account) {
        return new Recipient("d.csv:" + line, kind, "M" + line, "M" + line, "M" + line, "M" + line, "", "", "EXSRV01", true, "", "",
                "", "", "", "", account, account.toUpperCase(), false, Provenance.ofLine("d.csv", line));
    }

    private static WizardUser row(int line, String account) {
        return new WizardUser("NET1/PO1/U" + line, "U" + line, "U" + line, "U" + line, "", "Create", true, MigrateValue.NO_COLUMN,
                "u.csv", account, account.toUpperCase(), Provenance.ofLine("u.csv", line));
    }

    @Test
    void onlyAccountsHeldTwiceAreSharedAndTheFirstHolderInFileOrderNamesThem() {
        List<SharedNtAccount> shared = SharedNtAccount.among(List.of(
                mailbox(9, RecipientKind.MAILBOX, "CONTOSO\\JSmith"),
                mailbox(4, RecipientKind.MAILBOX, "CONTOSO\\jsmith"),
                mailbox(5, RecipientKind.MAILBOX, "CONTOSO\\klee"),
                mailbox(6, RecipientKind.CUSTOM_RECIPIENT, "CONTOSO\\klee"),
                mailbox(7, RecipientKind.MAILBOX, ""),
                mailbox(8, RecipientKind.MAILBOX, ""),
                row(3, "CONTOSO\\mross"),
                row(2, "contoso\\MROSS"),
                row(4, "CONTOSO\\jsmith")));
        assertEquals(List.of(
                        "directory CONTOSO\\JSMITH JSMITH 2: CONTOSO\\jsmith, held by 2 mailboxes (d.csv:4, d.csv:9)",
                        "user-list CONTOSO\\MROSS MROSS 2: contoso\\MROSS, held by 2 user-list rows (u.csv:2, u.csv:3)"),
                shared.stream().map(s -> s.source() + " " + s.key() + " " + s.userKey() + " " + s.holders() + ": " + s.describe()).toList());
    }

    @Test
    void aThousandHoldersCostOnePassAndKeepASampleOfThree() {
        List<Object> facts = new ArrayList<>();
        for (int i = 1000; i >= 1; i--) {
            facts.add(mailbox(i, RecipientKind.MAILBOX, "CONTOSO\\shared"));
        }
        SharedNtAccount only = SharedNtAccount.among(facts).get(0);
        assertEquals(1000, only.holders());
        assertEquals("CONTOSO\\shared, held by 1000 mailboxes (d.csv:1, d.csv:2, d.csv:3 and 997 more)", only.describe());
    }

    @Test
    void theUserPartOfAnAccountDropsTheDomain() {
        assertEquals("JSMITH", SharedNtAccount.userPart("contoso\\jsmith "));
        assertEquals("JSMITH", SharedNtAccount.userPart("jsmith"));
    }
}

package org.migkb.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnValuesTest {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "objClass", List.of("Obj-Class"), "mode", List.of("Mode"), "homeServer", List.of("Home-Server"),
            "addresses", List.of("E-mail Addresses"), "migrateUser", List.of("MigrateUser"),
            "ntAccount", List.of("Assoc-NT-Account"), "distName", List.of("Obj-Dist-Name"),
            "container", List.of("Obj-Container"), "hidden", List.of("Hide from AB"));
    private static final List<String> HEADER = List.of("Obj-Class", "Mode", "Home-Server", "E-mail Addresses", "MigrateUser",
            "Assoc-NT-Account", "Obj-Dist-Name", "Obj-Container", "Hide from AB");

    /** The column named in the problem with one cell replaced, or "fits". */
    private static String verdict(int index, String value) {
        List<String> cells = new java.util.ArrayList<>(List.of("Mailbox", "", "EXSRV01", "SMTP:a@contoso.com", "Y", "", "", "", ""));
        cells.set(index, value);
        String problem = ColumnValues.problem(new Columns(HEADER, COLUMNS), new CsvRows.Row(2, cells));
        return problem == null ? "fits" : problem.substring(0, problem.indexOf(" holds"));
    }

    @ParameterizedTest(name = "column {0} holding ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
            "0|Mailbox|fits", "0|remote|fits", "0|DL|fits", "0|top;person;organizationalPerson;user|fits",
            "0|Mailbox-Agent|fits", "0|Mailbx|fits", "0|SMTP:a@contoso.com|Obj-Class", "0|bob@contoso.com|Obj-Class",
            "1|Create|fits", "1|update|fits", "1|~DEL|fits", "1|Bob Baker|Mode",
            "2|~SERVER|fits", "2|EXSRV-01|fits", "2|/o=Contoso/ou=HQ/cn=Configuration/cn=Servers/cn=EXSRV01|fits",
            "2|SMTP:bob@contoso.com|Home-Server", "2|Baker Bob|Home-Server",
            "3|X400:c=US;a= ;p=Contoso;o=HQ;s=Baker;|fits", "3|garbage%SMTP:a@contoso.com|fits", "3|~DEL|fits",
            "3|EXSRV01|E-mail Addresses", "3|bob@contoso.com|E-mail Addresses",
            "4|N|fits", "4|yes|fits", "4|Mailbox|MigrateUser",
            "5|CONTOSO\\bob|fits", "5|bob@contoso.com|fits", "5|migrate:MS:NET1/PO1/BOB|Assoc-NT-Account",
            "5|bob|fits", "5|CONTOSO\\bob%CONTOSO\\bob2|fits", "5|/o=Contoso/ou=HQ/cn=Recipients|Assoc-NT-Account",
            "5|CONTOSO\\HQ\\bob|Assoc-NT-Account",
            "6|/o=Contoso/ou=HQ/cn=Recipients/cn=BOB|fits", "6|cn=BOB,cn=Recipients,ou=HQ,o=Contoso|fits",
            "6|BOB|Obj-Dist-Name", "6|CONTOSO\\bob|Obj-Dist-Name",
            "7|/o=Contoso/ou=HQ/cn=Recipients|fits", "7|Recipients|fits", "7|Destinataires|fits",
            "7|CONTOSO\\bob|Obj-Container", "7|SMTP:bob@contoso.com|Obj-Container",
            "8|True|fits", "8|FALSE|fits", "8|1|fits", "8|0|fits", "8|y|fits", "8|No|fits", "8|~DEL|fits",
            "8|Recipients|Hide from AB", "8|EXSRV01|Hide from AB"})
    void eachColumnHoldsOnlyItsKindOfValue(int index, String value, String expected) {
        assertEquals(expected, verdict(index, value));
    }
}

package org.migkb.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeDnTest {

    private static String place(String containerCell, String objectDn) {
        DirectoryPlace place = DirectoryPlace.of(containerCell, objectDn);
        return place.container() + "|" + place.site();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "/o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ; Recipients|SALES",
            "cn=CDIAZ,cn=Recipients,ou=SALES,o=NWIND; Recipients|SALES",
            "cn=Diaz\\, Carlos,cn=Recipients,ou=SALES,o=NWIND; Recipients|SALES",
            "/o=FAB/ou=AP/cn=Recipients /cn=Template/cn=zTemplateMailbox; Template|AP",
            "/O=NWIND/OU=SALES/CN=RECIPIENTS/CN=A/B; RECIPIENTS|SALES",
            "/o=NWIND/ou=SALES/cn=CDIAZ; |SALES",
            "CN=Diaz\\, Carlos,OU=Sales,DC=nwind,DC=com; |",
            "EXSRV01; |",
            "; |"})
    void theObjectsDistinguishedNameTellsItsContainerAndSite(String dn, String expected) {
        assertEquals(expected, place("", dn == null ? "" : dn));
    }

    @Test
    void anObjContainerValueWinsOverTheObjectsName() {
        assertEquals("Recipients|TestSite1", place("/o=Organization/ou=TestSite1/cn=Recipients", ""));
        assertEquals("Destinataires|SALES", place("Destinataires", "/o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ"),
                "a bare container name; the site still comes from the object's name");
        assertEquals("Recipients|EAST", place("/o=NWIND/ou=EAST/cn=Recipients", "/o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ"));
    }

    @Test
    void anEscapedCommaStaysInTheValue() {
        ExchangeDn dn = ExchangeDn.parse("cn=Diaz\\, Carlos,cn=Recipients,ou=SALES,o=NWIND").orElseThrow();
        assertEquals("Diaz, Carlos", dn.rdns().get(dn.rdns().size() - 1).value());
        assertEquals(4, dn.rdns().size());
        assertTrue(dn.isExchange());
    }

    @Test
    void textThatIsNoNameIsNotParsed() {
        assertTrue(ExchangeDn.parse("EXSRV01").isEmpty());
        assertTrue(ExchangeDn.parse("/not a dn").isEmpty());
        assertTrue(ExchangeDn.parse("cn=unterminated\\").isEmpty());
    }
}

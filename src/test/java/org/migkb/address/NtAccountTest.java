package org.migkb.address;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NtAccountTest {

    @ParameterizedTest(name = "''{0}'' is an account list: {1}")
    @CsvSource(delimiter = '|', value = {
            "NWIND\\CDIAZ|true", "cdiaz|true", "Carlos Diaz|true", "NWIND\\cdiaz%NWIND\\cdiaz-adm|true",
            "cdiaz@nwind.com|true", "NWIND\\cdiaz%|true",
            "/o=NWIND/ou=SALES/cn=Recipients|false", "SMTP:cdiaz@nwind.com|false", "A\\B\\C|false",
            "AVERYLONGDOMAINNAME\\cdiaz|false", "x=1|false"})
    void shapeOfAnAccount(String cell, boolean expected) {
        assertEquals(expected, NtAccount.isAccountList(cell));
    }

    @org.junit.jupiter.api.Test
    void aBinarySidDecodedAsTextIsNoAccount() {
        assertEquals(false, NtAccount.isAccountList("\u0001\u0005\u0000\u0000\uFFFD"));
    }

    @org.junit.jupiter.api.Test
    void theFirstOfSeveralAccountsIsThePrimary() {
        assertEquals("NWIND\\cdiaz", NtAccount.first(" NWIND\\cdiaz %NWIND\\other"));
        assertEquals("NWIND\\CDIAZ", NtAccount.key(NtAccount.first("NWIND\\cdiaz")));
        assertEquals("", NtAccount.first(""));
    }
}

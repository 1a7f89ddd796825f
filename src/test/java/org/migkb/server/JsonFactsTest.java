package org.migkb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.migkb.facts.Recipient;
import org.migkb.facts.WizardUser;
import org.migkb.knowledge.Questions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The container, site, NT account and hidden flag of a case sent as JSON, keyed as the file readers key them. */
class JsonFactsTest {

    private static List<Object> facts(String body) throws Exception {
        return JsonFacts.parse(new ObjectMapper().readTree(body), Questions.builtIn()).data().facts();
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void givenFieldsAreKeptAndMissingOnesComeFromTheDistinguishedName() throws Exception {
        List<Object> facts = facts("""
                {"users": [{"msAddress": "NET1/PO1/CDIAZ", "ntAccount": "nwind\\\\cdiaz"}],
                 "recipients": [
                   {"directoryName": "CDIAZ", "exchangeDn": "/o=NWIND/ou=SALES/cn=Recipients/cn=CDIAZ",
                    "ntAccount": "NWIND\\\\cdiaz", "hidden": true},
                   {"directoryName": "RROUX", "container": "Destinataires", "site": "PARIS"},
                   {"directoryName": "PLAIN"}]}
                """);
        List<Recipient> recipients = of(facts, Recipient.class);
        Recipient diaz = recipients.get(0);
        assertEquals(List.of("Recipients", "RECIPIENTS", "SALES", "SALES", "NWIND\\cdiaz", "NWIND\\CDIAZ"),
                List.of(diaz.container(), diaz.containerKey(), diaz.site(), diaz.siteKey(), diaz.ntAccount(), diaz.ntAccountKey()));
        assertTrue(diaz.hidden());
        Recipient roux = recipients.get(1);
        assertEquals(List.of("Destinataires", "DESTINATAIRES", "PARIS", "PARIS"),
                List.of(roux.container(), roux.containerKey(), roux.site(), roux.siteKey()));
        Recipient plain = recipients.get(2);
        assertEquals(List.of("", "", "", ""), List.of(plain.container(), plain.site(), plain.ntAccount(), plain.ntAccountKey()));
        assertFalse(plain.hidden());
        WizardUser user = of(facts, WizardUser.class).get(0);
        assertEquals("nwind\\cdiaz|NWIND\\CDIAZ", user.ntAccount() + "|" + user.ntAccountKey());
    }

    @Test
    void aHiddenThatIsNoBooleanSkipsTheRecipientNamingTheField() throws Exception {
        JsonFacts.Parsed parsed = JsonFacts.parse(new ObjectMapper().readTree("""
                {"recipients": [{"directoryName": "CDIAZ", "hidden": "yes"}]}
                """), Questions.builtIn());
        assertTrue(of(parsed.data().facts(), Recipient.class).isEmpty());
        assertEquals("request/recipients#1: hidden must be true or false; skipped", parsed.data().inputs().stream()
                .flatMap(i -> i.warnings().stream()).map(w -> w.at() + ": " + w.message()).findFirst().orElseThrow());
    }
}

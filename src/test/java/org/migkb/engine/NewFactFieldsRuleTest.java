package org.migkb.engine;

import org.junit.jupiter.api.Test;
import org.migkb.knowledge.ArticleLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules can join on the container, site, NT account and hidden fields (issue 10) with indexed equalities. */
class NewFactFieldsRuleTest {

    @Test
    void aRuleJoiningOnTheNewFieldsCompiles() throws IOException {
        RuleSource source = new RuleSource("user/new-fields.drl", String.join("\n",
                "package org.migkb.test;",
                "import org.migkb.facts.*;",
                "rule \"account of a hidden mailbox in another container\" @combiner",
                "when",
                "    $u : WizardUser( ntAccountKey != \"\", $account : ntAccountKey, $name : commonNameKey )",
                "    Recipient( ntAccountKey == $account, directoryNameKey != $name, hidden,",
                "               containerKey != \"RECIPIENTS\", siteKey != \"\", container != \"\", site != \"\", ntAccount != \"\" )",
                "then",
                "end", ""));
        assertEquals(List.of(), new RuleCompiler().check(List.of(source), ArticleLibrary.fromFolder(Path.of("kb-articles"))));
    }
}

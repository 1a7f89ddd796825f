package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.ExcelLimitCell;
import org.migkb.facts.ImportRowMismatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape of import rows the Directory Import would reject or that a spreadsheet cut (Q155414). */
class ImportRowShapeTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("import.csv");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    @Test
    void aRowWithFewerFieldsThanTheHeaderIsNotedWithBothCounts() throws IOException {
        CaseData data = Fixtures.load(write("Obj-Class,Directory Name,Alias Name,Display Name,Home-Server,Comment\r\n"
                + "Mailbox,ALICE,ALICE,Alice Archer,EXSRV01,\r\n"
                + "Mailbox,BOB,BOB,Bob Baker\r\n"
                + "Mailbox,CAROL,CAROL,Carol Cruz,EXSRV01,,\r\n"));
        assertEquals(List.of("BOB 6/4 import.csv:3", "CAROL 6/7 import.csv:4"),
                Fixtures.factsOf(data, ImportRowMismatch.class).stream()
                        .map(m -> m.objectKey() + " " + m.expected() + "/" + m.found() + " " + m.at().cite().replaceFirst(".*/", ""))
                        .toList());
    }

    @Test
    void aCellOfExactly255CharactersIsNotedButNotOneOf254Or256() throws IOException {
        String members = "/o=Contoso/ou=HQ/cn=Recipients/cn=ALICE%" + "x".repeat(255 - 40);
        CaseData data = Fixtures.load(write("Obj-Class,Directory Name,Display Name,Members\r\n"
                + "dl,ALLSTAFF,All staff,\"" + members + "\"\r\n"
                + "dl,SALES,Sales,\"" + "y".repeat(254) + "\"\r\n"
                + "dl,ENG,Engineering,\"" + "z".repeat(256) + "\"\r\n"));
        assertEquals(List.of("Members ALLSTAFF true"), Fixtures.factsOf(data, ExcelLimitCell.class).stream()
                .map(c -> c.column() + " " + c.objectKey() + " " + c.multiValued()).toList());
        assertEquals(List.of(), Fixtures.factsOf(data, ImportRowMismatch.class));
    }
}

package org.migkb.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLibraryTest {

    @Test
    void builtInArticlesCarryTheStableCauseIds() {
        ArticleLibrary library = ArticleLibrary.builtIn();
        assertTrue(library.articles().stream().map(Article::id).toList().containsAll(List.of("Q182665", "Q183312", "Q186742", "Q242184")));
        assertTrue(library.cause("Q182665", "csv-migrate-proxy-removed").isPresent());
        assertTrue(library.cause("Q242184", "mailbox-precreated").isPresent());
        assertTrue(library.cause("Q242184", "localized-client").isPresent());
        assertTrue(library.cause("Q183312", "custom-recipient-converted").isPresent());
        assertTrue(library.cause("Q186742", "existing-mailbox-other-alias").isPresent());
        for (Article article : library.articles()) {
            if (List.of("Q182665", "Q183312", "Q186742", "Q242184").contains(article.id())) {
                assertEquals(article.id().equals("Q186742") ? 7017 : 7026, article.symptoms().get(0).eventId());
            }
            for (Cause cause : article.causes()) {
                assertFalse(cause.steps().isEmpty());
                assertFalse(cause.verify().isBlank());
            }
        }
    }

    @Test
    void packagedArticlesAreTheSourceFiles() throws IOException {
        assertEquals(ArticleLibrary.fromFolder(Path.of("kb-articles")).articles().toString(),
                ArticleLibrary.builtIn().articles().toString());
    }

    @Test
    void causeWithoutStepsIsRejectedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q1.yaml"), "id: Q1\ntitle: t\nproducts: []\nreference: r\nsymptoms: []\n"
                + "causes:\n  - id: c\n    title: t\n    explanation: e\n    steps: []\n    verify: v\n");
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertEquals("Q1.yaml: cause 'c' has no steps", e.getMessage());
    }

    @Test
    void misspelledFieldIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q2.yaml"), "id: Q2\ntitle: t\nstesp: []\n");
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("Q2.yaml") + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("stesp"), e.getMessage());
    }

    @Test
    void idMustMatchTheFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Q3.yaml"), "id: Q4\ntitle: t\nproducts: []\nreference: r\nsymptoms: []\n"
                + "causes:\n  - id: c\n    title: t\n    explanation: e\n    steps: [s]\n    verify: v\n");
        IOException e = assertThrows(IOException.class, () -> ArticleLibrary.fromFolder(dir));
        assertEquals("Q3.yaml: id 'Q4' does not match the file name", e.getMessage());
    }
}

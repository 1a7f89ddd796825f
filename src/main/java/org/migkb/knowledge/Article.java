package org.migkb.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One KnowledgeBase article as an article file describes it.
 *
 * @param id        the article number, e.g. {@code Q182665}; also the file name
 * @param title     a short title in our words
 * @param products  products and versions the article applies to
 * @param reference where the article can be read (number and date)
 * @param symptoms  what the engineer sees
 * @param causes    the causes, each with a stable id that integrations rely on
 * @param questions the questions its rules may ask the engineer ({@code --answer} keys)
 */
public record Article(String id, String title, List<String> products, String reference,
                      List<Symptom> symptoms, List<Cause> causes,
                      List<Question> questions) {

    public List<Question> questions() {
        return questions == null ? List.of() : questions;
    }

    public Optional<Cause> cause(String causeId) {
        return causes.stream().filter(c -> c.id().equals(causeId)).findFirst();
    }
}

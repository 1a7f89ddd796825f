// Embedding migkb in a help-desk tool: build one Diagnoser, reuse it for every ticket.
// Compiled and run by the test suite (org.migkb.api.DocsExampleTest), so it stays true.

import org.migkb.api.Diagnoser;
import org.migkb.diagnosis.Diagnosis;
import org.migkb.report.JsonReportWriter;
import org.migkb.report.Report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class EmbedMigkb {

    public static void main(String[] args) throws Exception {
        Path ticketAttachments = Path.of(args.length > 0 ? args[0] : "examples/q183312-custom-recipient");

        // Once, at start-up: the built-in rules (add rule folders with Diagnoser.withRuleFolders).
        // Thread-safe: every call below runs in a rule session of its own.
        Diagnoser diagnoser = Diagnoser.builtIn();

        // Per ticket: the attachments as streams, cited by their file names in the report.
        List<Diagnoser.NamedStream> attachments = new ArrayList<>();
        try (var files = Files.list(ticketAttachments)) {
            for (Path file : files.sorted().toList()) {
                InputStream content = Files.newInputStream(file);
                attachments.add(new Diagnoser.NamedStream(file.getFileName().toString(), content));
            }
        }
        Report report = diagnoser.diagnoseStreams(attachments, List.of(diagnoser.questions().parse("servicePack=SP0")));
        for (Diagnoser.NamedStream attachment : attachments) {
            attachment.content().close();
        }

        // Read the answer as objects...
        for (Diagnosis d : report.diagnoses()) {
            System.out.printf("%d. %s %s (%s, confidence %.2f) affects %s%n",
                    d.rank(), d.article(), d.cause(), d.status(), d.confidence(), d.affected());
        }
        // ...or store the same JSON the CLI prints with --format json.
        String json = new JsonReportWriter().toJson(report);
        System.out.println(json.length() + " bytes of JSON");
    }
}

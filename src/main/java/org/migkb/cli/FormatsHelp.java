package org.migkb.cli;

import org.migkb.ingest.CaseLoader;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The formats the case loader recognises, added to the help of the commands that read a case:
 * taken from the loader itself, so the help never lists fewer formats than are read.
 */
final class FormatsHelp {

    private FormatsHelp() {
    }

    static void describe(CommandLine main) {
        String formats = "Formats, recognised by content, never by name: "
                + String.join(", ", CaseLoader.withBuiltInReaders().formats())
                + " (archives are read like folders; docs/formats.md describes each, 'migkb inspect' shows what each file was read as).";
        for (String name : List.of("diagnose", "inspect")) {
            CommandLine command = main.getSubcommands().get(name);
            if (command != null) {
                List<String> lines = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().description()));
                lines.add("");
                lines.add(formats);
                command.getCommandSpec().usageMessage().description(lines.toArray(String[]::new));
            }
        }
    }
}

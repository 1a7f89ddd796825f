package org.migkb.cli;

import org.migkb.engine.EventInterest;
import org.migkb.ingest.CaseLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** The files and folders of a case, as every command that reads one takes them. */
final class CaseInputs {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of the case (folders are read recursively).")
    private List<Path> paths;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "Read text files without a byte-order mark in this encoding instead of detecting it,"
                    + " e.g. windows-1252, IBM850, UTF-8, UTF-16LE.")
    private Charset encoding;

    List<Path> paths() {
        return paths;
    }

    CaseLoader loader() {
        CaseLoader loader = CaseLoader.withBuiltInReaders().keeping(EventInterest.builtIn().asFactFilter());
        return encoding == null ? loader : loader.withEncoding(encoding);
    }

    /** An encoding name the JDK knows; anything else is a usage error. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown encoding '" + name
                        + "'; for example windows-1252, IBM850, UTF-8, UTF-16LE");
            }
        }
    }
}

package org.migkb.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of a case as the engineer gave them: the regular files to read, and every entry
 * that is not read with the reason. Nothing here opens a file: a FIFO given as an argument
 * would block the open for ever, a device would never end. A folder is walked without leaving
 * it: a link is followed only to a file or folder inside the case folder, a link back to a
 * folder being walked is a loop, and a file reached twice (by a link) is read once.
 */
final class CaseEntries {

    /**
     * One entry of the case.
     *
     * @param path    where it is on disk
     * @param name    how reports cite it: the argument as given, then the path inside it
     * @param skipped why it is not read, or null for a file to read
     */
    record Entry(Path path, String name, String skipped) {
    }

    /** How reports cite standard input. */
    static final String STANDARD_INPUT = "stdin";

    /** Real paths of the files and folders already taken, so a link cannot make one count twice. */
    private final Map<Path, String> seen = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    private CaseEntries() {
    }

    /**
     * The entries under the given arguments, each argument's in path order.
     *
     * @throws NoSuchFileException when an argument does not exist (a usage error, not bad input)
     */
    static List<Entry> of(List<Path> arguments) throws IOException {
        CaseEntries walk = new CaseEntries();
        for (Path argument : arguments) {
            walk.argument(argument);
        }
        return List.copyOf(walk.entries);
    }

    /** Whether an argument names standard input ({@code -}), by the usual convention; {@code ./-} names a file. */
    static boolean isStandardInput(Path argument) {
        return argument.toString().equals("-");
    }

    private void argument(Path argument) throws IOException {
        if (isStandardInput(argument)) {
            boolean first = entries.stream().noneMatch(e -> isStandardInput(e.path()));
            entries.add(new Entry(argument, STANDARD_INPUT, first ? null : "standard input given twice; read once"));
            return;
        }
        if (!Files.exists(argument)) {
            throw new NoSuchFileException(argument.toString(), null, "no such file or folder");
        }
        String name = normalized(argument);
        BasicFileAttributes attributes;
        Path real;
        try {
            // Following the link: an argument that is a link, or a folder reached through one, is read.
            attributes = Files.readAttributes(argument, BasicFileAttributes.class);
            real = argument.toRealPath();
        } catch (IOException e) {
            entries.add(new Entry(argument, name, "could not be read: " + reason(e)));
            return;
        }
        if (attributes.isDirectory()) {
            if (seen.putIfAbsent(real, name) != null) {
                entries.add(new Entry(argument, name, "the same folder as " + seen.get(real) + "; read once"));
                return;
            }
            List<Entry> found = new ArrayList<>();
            Set<Path> open = new HashSet<>();
            open.add(real);
            walkFolder(argument, argument, real, real, open, found);
            found.sort(Comparator.comparing(e -> relativeKey(argument, e.path())));
            entries.addAll(found);
        } else if (seen.putIfAbsent(real, name) != null) {
            entries.add(new Entry(argument, name, "the same file as " + seen.get(real) + "; read once"));
        } else if (attributes.isRegularFile()) {
            entries.add(new Entry(argument, name, null));
        } else {
            entries.add(new Entry(argument, name, notRegular(argument)));
        }
    }

    /**
     * Adds the entries of one folder of the case.
     *
     * @param folder the folder as reached from the argument (through links, as cited)
     * @param realFolder its real path
     * @param caseRoot the real path of the case folder, which links may not leave
     * @param open the real paths of the folders being walked, from the case folder down
     */
    private void walkFolder(Path argument, Path folder, Path realFolder, Path caseRoot, Set<Path> open, List<Entry> found) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            found.add(new Entry(folder, citation(argument, folder),
                    "folder could not be read (" + reason(cause) + "); its files were skipped, the rest of the case is read"));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue; // hidden: version-control folders, editors' backups, migkb's own manifest
            }
            String name = citation(argument, child);
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                found.add(new Entry(child, name, "could not be read: " + reason(e)));
                continue;
            }
            BasicFileAttributes attributes = own;
            Path real = realFolder.resolve(child.getFileName());
            if (own.isSymbolicLink()) {
                try {
                    real = child.toRealPath();
                    attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    found.add(new Entry(child, name, "a link that leads nowhere readable (" + reason(e)
                            + ", a loop of links or a missing target); not followed"));
                    continue;
                }
                if (!real.startsWith(caseRoot)) {
                    found.add(new Entry(child, name, "a link to " + real + ", outside the case folder; not followed"));
                    continue;
                }
            }
            if (attributes.isDirectory()) {
                if (open.contains(real)) {
                    found.add(new Entry(child, name, "a link back to a folder that contains it (a loop); not followed"));
                } else if (seen.putIfAbsent(real, name) != null) {
                    found.add(new Entry(child, name, "the same folder as " + seen.get(real) + " (a link); read once"));
                } else {
                    open.add(real);
                    walkFolder(argument, child, real, caseRoot, open, found);
                    open.remove(real);
                }
            } else if (seen.putIfAbsent(real, name) != null) {
                found.add(new Entry(child, name, "the same file as " + seen.get(real) + " (a link); read once"));
            } else if (attributes.isRegularFile()) {
                found.add(new Entry(child, name, null));
            } else {
                found.add(new Entry(child, name, notRegular(real)));
            }
        }
    }

    /** Why a path that is neither a file nor a folder is not read, naming its kind where the system says it. */
    private static String notRegular(Path path) {
        String kind = "not a regular file";
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer bits) {
                kind = switch (bits & 0170000) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> kind;
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view (Windows): the general words do
        }
        return kind + "; skipped without opening it";
    }

    private static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** The sort key of an entry under its argument: the path inside it, '/'-separated. */
    private static String relativeKey(Path argument, Path entry) {
        return argument.relativize(entry).toString().replace('\\', '/');
    }

    /** The entry as the engineer would name it: the argument as given, then the path inside it. */
    private static String citation(Path argument, Path entry) {
        return normalized(argument.resolve(argument.relativize(entry)));
    }

    private static String normalized(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}

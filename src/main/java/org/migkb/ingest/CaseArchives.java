package org.migkb.ingest;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a case archive (a zip, or a gzip-compressed tar) like a folder: its members become
 * inputs of the case cited {@code case.zip!/logs/app.evt}, in name order after the archive's own
 * line. The archive is recognised by its content, not its name. Members are read as streams
 * where the format allows (zip); what must be a file (a tar member, a nested archive) is copied
 * into the loader's private {@link Scratch} folder under a number, never under the member's name.
 * The {@link ArchiveLimits} bound what one archive may cost; members named outside the archive
 * ({@code ..}, absolute paths, drive letters), links, encrypted members and archives nested more
 * than one level deep are skipped with a warning.
 */
final class CaseArchives {

    /** The format of a zip archive's own line in the report. */
    static final String ZIP_FORMAT = "zip-archive";
    /** The format of a gzip-compressed tar archive's own line in the report. */
    static final String TAR_FORMAT = "tar-gz-archive";

    /** How deep archives inside archives are read: the case archive, and archives inside it. */
    private static final int NESTING = 1;
    /** The longest member name cited; longer names are cut. */
    private static final int MAX_CITED_NAME = 255;
    /** The most a {@code .migkb-remedy} manifest inside an archive is read of. */
    private static final int MANIFEST_BYTES = 64 * 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    /** What an input holds, by its first bytes. */
    enum Kind { ZIP, TAR_GZ, GZIP, NONE }

    /** What a member of an archive is, as far as reading it goes. */
    enum EntryKind { FILE, FOLDER, SYMLINK, HARDLINK, OTHER }

    private final ArchiveLimits limits;
    private final Scratch scratch;

    CaseArchives(ArchiveLimits limits, Scratch scratch) {
        this.limits = limits;
        this.scratch = scratch;
    }

    ArchiveLimits limits() {
        return limits;
    }

    Scratch scratch() {
        return scratch;
    }

    /** What an input holds: a zip by its local-file (or empty-archive) signature, a tar by its header after gzip's magic. */
    static Kind sniff(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(4);
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
                return Kind.ZIP;
            }
            if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
                return Kind.NONE;
            }
        }
        try (InputStream in = source.open(); InputStream gz = new GzipCompressorInputStream(in)) {
            byte[] header = gz.readNBytes(512);
            return TarArchiveInputStream.matches(header, header.length) ? Kind.TAR_GZ : Kind.GZIP;
        } catch (IOException e) {
            return Kind.GZIP; // gzip's magic, then damage: not a tar migkb can read
        }
    }

    /** The archive's own line (its warnings), then its members, nested archives' members included, in name order. */
    List<CaseMember> expand(CaseMember archive, Path file, Kind kind) {
        return expand(archive.name(), file, kind, 0, new Budget());
    }

    private List<CaseMember> expand(String name, Path file, Kind kind, int depth, Budget budget) {
        Listing listing = new Listing(name, depth, budget);
        try {
            if (kind == Kind.ZIP) {
                ZipMembers.read(this, file, listing);
            } else {
                TarMembers.read(this, file, listing);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged archive: what was read before the damage is kept.
            String what = kind == Kind.ZIP ? "zip archive" : "gzip-compressed tar archive";
            listing.warnings.add((e instanceof ArchiveLimitException ? "" : "could not be read further as a " + what + ": ")
                    + Excerpt.message(withoutTemporaryPath(String.valueOf(e.getMessage()), file, name))
                    + (listing.members.isEmpty() ? "" : "; the members before it are read"));
        }
        if (depth == 0 && budget.unlisted > 0) {
            listing.warnings.add(budget.unlisted + " more members not read: at most " + limits.members()
                    + " members are read from an archive (-Dmigkb.maxArchiveMembers changes it)");
        }
        return listing.result(kind == Kind.ZIP ? ZIP_FORMAT : TAR_FORMAT);
    }

    /**
     * The library's message with the file it names replaced by its citation: a nested archive is
     * read from a private temporary copy, whose name would differ run to run and mean nothing.
     */
    private static String withoutTemporaryPath(String message, Path file, String name) {
        return message.replace(file.toAbsolutePath().toString(), name).replace(file.toString(), name);
    }

    /**
     * Decides whether a member is read, warning about one that is not.
     *
     * @param unreadable why the format cannot give its data (a compression method), or null
     * @param size       its uncompressed size as the archive declares it, or -1 when unknown
     * @param compressed its compressed size, or -1 when the format does not say per member
     * @return the member's citation when it is to be read, else null
     */
    String admit(Listing listing, String rawName, EntryKind kind, boolean encrypted, String unreadable,
                 long size, long compressed) {
        String name = rawName.replace('\\', '/');
        if (kind == EntryKind.FOLDER) {
            return null;
        }
        String cite = listing.archive + "!/" + cited(name);
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || List.of(name.split("/")).contains("..")) {
            listing.skip(cite, "a member named outside the archive's folder (with '..', an absolute path or a drive"
                    + " letter); not read");
            return null;
        }
        String[] segments = name.replaceFirst("^(\\./)+", "").split("/");
        if (java.util.Arrays.stream(segments).anyMatch(s -> s.startsWith(".") && !s.equals("."))) {
            return null; // hidden, as in a folder: version control, editors' backups, macOS resource forks
        }
        if (!listing.names.add(name)) {
            listing.skip(cite + " (again)", "a second member of the same name; only the first is read");
            return null;
        }
        if (kind != EntryKind.FILE) {
            listing.skip(cite, switch (kind) {
                case SYMLINK -> "a symbolic link; links in an archive are not followed";
                case HARDLINK -> "a hard link; links in an archive are not followed (the file it names is read where it is)";
                default -> "not a regular file (a device or a pipe); not read";
            });
            return null;
        }
        if (encrypted) {
            listing.skip(cite, "encrypted; migkb has no password: unpack the archive and give its files instead");
            return null;
        }
        if (unreadable != null) {
            listing.skip(cite, unreadable);
            return null;
        }
        Budget budget = listing.budget;
        if (budget.full || budget.members >= limits.members()) {
            budget.unlisted++;
            return null;
        }
        long bytes = size < 0 ? limits.memberBytes() : size;
        if (size > limits.memberBytes()) {
            listing.skip(cite, size + " bytes uncompressed, more than the " + limits.memberBytes()
                    + " a member may have (-Dmigkb.maxArchiveMemberBytes changes it); not read");
            return null;
        }
        if (size >= 0 && compressed >= 0 && limits.tooExpanded(size, compressed)) {
            listing.skip(cite, "expands from " + compressed + " to " + size + " bytes, more than " + limits.ratio()
                    + " times its compressed size (a zip bomb?); not read (-Dmigkb.maxArchiveRatio changes the limit)");
            return null;
        }
        if (budget.bytes + bytes > limits.totalBytes()) {
            budget.full = true;
            budget.unlisted++;
            listing.skip(cite, "the archive's members would expand past " + limits.totalBytes()
                    + " bytes (-Dmigkb.maxArchiveBytes changes it); this member and the rest are not read");
            return null;
        }
        budget.members++;
        budget.bytes += bytes;
        return cite;
    }

    /** Whether a member is a remedy manifest ({@link RemedyManifest}) to read rather than a file of the case. */
    static boolean isManifest(String rawName) {
        String name = rawName.replace('\\', '/');
        return name.equals(RemedyManifest.FILE_NAME) || name.endsWith("/" + RemedyManifest.FILE_NAME);
    }

    /** Notes the names a remedy manifest inside the archive lists, by the folder it is in. */
    void manifest(Listing listing, String rawName, InputStream content) throws IOException {
        String name = rawName.replace('\\', '/');
        String folder = listing.archive + "!/" + name.substring(0, Math.max(0, name.lastIndexOf('/')));
        String text = new String(content.readNBytes(MANIFEST_BYTES), StandardCharsets.UTF_8);
        listing.remedies.put(folder.endsWith("!/") ? folder.substring(0, folder.length() - 1) : folder,
                RemedyManifest.names(text));
    }

    /**
     * Adds a member to read; a member that is itself an archive is read in its place, one level
     * deep, copied to the scratch folder first when it is not a file already.
     *
     * @param path the member as a file, when it was copied to one, else null
     */
    void member(Listing listing, String cite, Path path, InputSource source, long size) throws IOException {
        Kind kind;
        try {
            kind = sniff(source);
        } catch (ArchiveLimitException e) {
            listing.skip(cite, e.getMessage());
            return;
        } catch (IOException e) {
            kind = Kind.NONE; // the member's own read reports it
        }
        if (kind == Kind.NONE) {
            listing.members.add(CaseMember.inArchive(cite, path, source, size));
        } else if (kind == Kind.GZIP) {
            listing.skip(cite, "gzip-compressed, but not a tar archive; not read: unpack it and give the file instead");
        } else if (listing.depth >= NESTING) {
            listing.skip(cite, "an archive inside an archive inside an archive; archives are read " + NESTING
                    + " level deep: unpack it and give its files instead");
        } else {
            Path file = path;
            if (file == null) {
                try (InputStream in = source.open()) {
                    file = scratch.copy(in, limits.memberBytes(), "more than " + limits.memberBytes() + " bytes");
                } catch (ArchiveLimitException e) {
                    listing.skip(cite, e.getMessage());
                    return;
                }
            }
            listing.members.addAll(expand(cite, file, kind, listing.depth + 1, listing.budget));
        }
    }

    /** A member name as cited: forward slashes, control characters as {@code \\uXXXX}, cut when too long. */
    private static String cited(String name) {
        StringBuilder cited = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                cited.append(String.format("\\u%04X", c));
            } else {
                cited.appendCodePoint(c);
            }
        });
        if (cited.length() <= MAX_CITED_NAME) {
            return cited.toString();
        }
        int end = Character.isHighSurrogate(cited.charAt(MAX_CITED_NAME - 4)) ? MAX_CITED_NAME - 4 : MAX_CITED_NAME - 3;
        return cited.substring(0, end) + "...";
    }

    /** What the members of one case archive (and the archives inside it) have cost so far. */
    static final class Budget {
        private int members;
        private long bytes;
        private boolean full;
        private long unlisted;
    }

    /** What one archive gave: its warnings, its members, the remedy files its manifests name. */
    static final class Listing {
        final String archive;
        final int depth;
        final Budget budget;
        final List<String> warnings = new ArrayList<>();
        final List<CaseMember> members = new ArrayList<>();
        /** The names of the members seen, so a name given twice is read once. */
        final Set<String> names = new java.util.HashSet<>();
        /** Names listed in a {@code .migkb-remedy} manifest, by the folder (cited) it is in. */
        final Map<String, Set<String>> remedies = new HashMap<>();

        Listing(String archive, int depth, Budget budget) {
            this.archive = archive;
            this.depth = depth;
            this.budget = budget;
        }

        void skip(String cite, String why) {
            members.add(CaseMember.notRead(cite, CaseLoader.SKIPPED_FORMAT, why));
        }

        List<CaseMember> result(String format) {
            List<CaseMember> all = new ArrayList<>();
            all.add(CaseMember.notRead(archive, format, warnings.toArray(String[]::new)));
            for (CaseMember member : members) {
                String fileName = member.name().substring(member.name().lastIndexOf('/') + 1);
                if (member.toRead() && remedies.getOrDefault(member.folder(), Set.of()).contains(fileName)) {
                    all.add(CaseMember.notRead(member.name(), CaseLoader.REMEDY_FORMAT, CaseLoader.REMEDY_WARNING));
                } else {
                    all.add(member);
                }
            }
            all.subList(1, all.size()).sort(Comparator.comparing(CaseMember::name));
            return all;
        }
    }
}

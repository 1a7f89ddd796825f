package org.migkb.ingest;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes small zip and tar.gz archives for tests, member by member, as the tools engineers use write them. */
public final class ArchiveWriter {

    private record Member(String name, byte[] content, int unixMode, boolean encrypted, String linkTo) {
    }

    private final List<Member> members = new ArrayList<>();
    private Charset nameEncoding = StandardCharsets.UTF_8;

    public ArchiveWriter add(String name, byte[] content) {
        members.add(new Member(name, content, 0, false, null));
        return this;
    }

    public ArchiveWriter add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A symbolic link member to {@code target}. */
    public ArchiveWriter link(String name, String target) {
        members.add(new Member(name, target.getBytes(StandardCharsets.UTF_8), 0120777, false, target));
        return this;
    }

    /** A member flagged as encrypted (its bytes are not: the flag alone must stop the read). */
    public ArchiveWriter encrypted(String name, String content) {
        members.add(new Member(name, content.getBytes(StandardCharsets.UTF_8), 0, true, null));
        return this;
    }

    /** Every file of a folder, named by its path inside the folder. */
    public ArchiveWriter addFolder(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return this;
    }

    /**
     * Names written in this code page without the UTF-8 flag, as Windows' "Send to compressed
     * folder" writes them in the OEM code page.
     */
    public ArchiveWriter names(Charset encoding) {
        nameEncoding = encoding;
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setEncoding(nameEncoding.name());
            zip.setUseLanguageEncodingFlag(nameEncoding.equals(StandardCharsets.UTF_8));
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Member member : members) {
                ZipArchiveEntry entry = new ZipArchiveEntry(member.name());
                if (member.unixMode() != 0) {
                    entry.setUnixMode(member.unixMode());
                }
                zip.putArchiveEntry(entry);
                zip.write(member.content());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        members.stream().filter(Member::encrypted).forEach(m -> flagEncrypted(zip, m.name()));
        return zip;
    }

    /** Sets the encryption bit of a member's local and central headers (Commons Compress will not write it). */
    private void flagEncrypted(byte[] zip, String name) {
        byte[] wanted = name.getBytes(nameEncoding);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] != 'P' || zip[i + 1] != 'K') {
                continue;
            }
            int flags = zip[i + 2] == 3 && zip[i + 3] == 4 ? 6 : zip[i + 2] == 1 && zip[i + 3] == 2 ? 8 : -1;
            int nameAt = flags == 6 ? 30 : 46;
            int length = flags == 6 ? (zip[i + 26] & 0xff) : (zip[i + 28] & 0xff);
            if (flags > 0 && length == wanted.length
                    && java.util.Arrays.equals(zip, i + nameAt, i + nameAt + length, wanted, 0, length)) {
                zip[i + flags] |= 1;
            }
        }
    }

    public byte[] tarGz() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes), "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Member member : members) {
                if (member.linkTo() != null) {
                    TarArchiveEntry link = new TarArchiveEntry(member.name(), TarConstants.LF_SYMLINK);
                    link.setLinkName(member.linkTo());
                    tar.putArchiveEntry(link);
                } else {
                    TarArchiveEntry entry = new TarArchiveEntry(member.name(), true);
                    entry.setSize(member.content().length);
                    tar.putArchiveEntry(entry);
                    tar.write(member.content());
                }
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

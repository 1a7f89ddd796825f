package org.migkb.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;

/**
 * The members of a zip archive, read in place as streams. Commons Compress rather than
 * java.util.zip: the JDK refuses a whole archive when one member is encrypted and does not say
 * which members are symbolic links. Names are CP437, the OEM code page Windows' "Send to
 * compressed folder" writes, unless the member sets the UTF-8 flag (or carries a Unicode path field).
 */
final class ZipMembers {

    private static final Charset OEM = Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    private ZipMembers() {
    }

    static void read(CaseArchives archives, Path file, CaseArchives.Listing listing) throws IOException {
        long declared = declaredEntries(file);
        long most = 10L * archives.limits().members();
        if (declared > most) {
            // Commons Compress holds every entry of the central directory in memory: refuse before it does.
            throw new ArchiveLimitException("the archive declares " + declared + " entries, more than ten times the "
                    + archives.limits().members() + " members read from an archive (-Dmigkb.maxArchiveMembers); not opened");
        }
        ZipFile zip = ZipFile.builder().setPath(file).setCharset(OEM).setUseUnicodeExtraFields(true).get();
        archives.scratch().closeLater(zip);
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (!entry.isDirectory() && CaseArchives.isManifest(entry.getName()) && zip.canReadEntryData(entry)) {
                try (InputStream in = zip.getInputStream(entry)) {
                    archives.manifest(listing, entry.getName(), in);
                }
                continue;
            }
            CaseArchives.EntryKind kind = entry.isDirectory() ? CaseArchives.EntryKind.FOLDER
                    : entry.isUnixSymlink() ? CaseArchives.EntryKind.SYMLINK : CaseArchives.EntryKind.FILE;
            String unreadable = zip.canReadEntryData(entry) ? null
                    : "compressed with a method migkb cannot read (" + method(entry) + "); not read";
            String cite = archives.admit(listing, entry.getName(), kind, entry.getGeneralPurposeBit().usesEncryption(),
                    unreadable, entry.getSize(), entry.getCompressedSize());
            if (cite != null) {
                long size = entry.getSize() < 0 ? archives.limits().memberBytes() : entry.getSize();
                archives.member(listing, cite, null, new Member(zip, entry, cite, size, archives.scratch()), size);
            }
        }
    }

    /**
     * The number of entries the end-of-central-directory record declares (the ZIP64 record's when
     * the classic one says 0xFFFF), or -1 when it is not found: the archive's own reader reports that.
     */
    static long declaredEntries(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF); // the record, and a comment of at most 64 KiB
            ByteBuffer end = read(channel, size - tail, tail);
            for (int at = tail - 22; at >= 0; at--) {
                if (end.getInt(at) != 0x06054b50) {
                    continue;
                }
                long entries = end.getShort(at + 10) & 0xFFFF;
                if (entries != 0xFFFF || at < 20 || end.getInt(at - 20) != 0x07064b50) {
                    return entries;
                }
                long zip64 = end.getLong(at - 20 + 8);
                if (zip64 < 0 || zip64 > size - 56) {
                    return -1;
                }
                return read(channel, zip64, 56).getLong(32);
            }
            return -1;
        }
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until full or the end
        }
        return buffer.flip();
    }

    private static String method(ZipArchiveEntry entry) {
        ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
        return method == null ? "method " + entry.getMethod() : method.toString();
    }

    /** One member, opened as a stream from the archive, copied to the scratch folder only for a reader that seeks. */
    private static final class Member implements InputSource {
        private final ZipFile zip;
        private final ZipArchiveEntry entry;
        private final String name;
        private final long size;
        private final Scratch scratch;
        private Path copied;

        Member(ZipFile zip, ZipArchiveEntry entry, String name, long size, Scratch scratch) {
            this.zip = zip;
            this.entry = entry;
            this.name = name;
            this.size = size;
            this.scratch = scratch;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public InputStream open() throws IOException {
            // The declared size bounds the read: a member that inflates past it is damaged or hostile.
            return BoundedStream.atMost(zip.getInputStream(entry), size, "holds more than the " + size
                    + " bytes the archive declares for it (a damaged or hostile archive); reading stopped there");
        }

        @Override
        public synchronized SeekableByteChannel openChannel() throws IOException {
            if (copied == null) {
                try (InputStream in = open()) {
                    copied = scratch.copy(in, size, "more than " + size + " bytes");
                }
            }
            return Files.newByteChannel(copied, StandardOpenOption.READ);
        }
    }
}

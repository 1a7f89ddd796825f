package org.migkb.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkb.facts.EventRecord;
import org.migkb.facts.WizardUser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Case archives read like folders: members cited inside the archive, and every limit holding with a warning. */
class CaseArchiveTest {

    static final String USERS = """
            Obj-Class,Mode,SFS_UserName,SFS_FullName,Common-Name,Display-Name,Alias-Name,E-mail Addresses,Secondary-Proxy-Addresses,MigrateUser
            Mailbox,Create,NET1/PO1/ALICE,Alice,ALICE,Alice,ALICE,SMTP:alice@example.com,MS:NET1/PO1/ALICE,Y
            Mailbox,Create,NET1/PO1/BOB,Bob,BOB,Bob,BOB,SMTP:bob@example.com,MS:NET1/PO1/BOB,Y
            """;

    private static CaseData load(Path file) throws IOException {
        return Fixtures.load(file);
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static InputSummary input(CaseData data, String path) {
        return data.inputs().stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no input " + path + " among " + data.inputs().stream().map(InputSummary::path).toList()));
    }

    private static String warnings(InputSummary input) {
        return input.warnings().stream().map(w -> w.at() + ": " + w.message()).toList().toString();
    }

    @Test
    void aZipIsReadLikeAFolderWithMembersCitedInsideIt(@TempDir Path dir) throws IOException {
        // Named .dat: recognised by its content, not its name.
        Path zip = write(dir, "case.dat", new ArchiveWriter().add("logs/users.csv", USERS).add("readme.txt", "").zip());
        CaseData data = load(zip);
        assertEquals(List.of(zip + "", zip + "!/logs/users.csv", zip + "!/readme.txt"),
                data.inputs().stream().map(InputSummary::path).toList());
        assertEquals("zip-archive", data.inputs().get(0).format());
        assertEquals("wizard-user-list", data.inputs().get(1).format());
        List<WizardUser> users = Fixtures.factsOf(data, WizardUser.class);
        assertEquals(2, users.size());
        assertEquals(zip + "!/logs/users.csv:3", users.get(1).at().cite());
        assertEquals("empty", data.inputs().get(2).format());
    }

    @Test
    void aTarGzIsReadLikeAFolder(@TempDir Path dir) throws IOException {
        Path tgz = write(dir, "case.tgz", new ArchiveWriter().add("case/users.csv", USERS).tarGz());
        CaseData data = load(tgz);
        assertEquals("tar-gz-archive", input(data, tgz.toString()).format());
        assertEquals(zipCite(tgz, "case/users.csv:2"), Fixtures.factsOf(data, WizardUser.class).get(0).at().cite());
    }

    private static String zipCite(Path archive, String member) {
        return archive + "!/" + member;
    }

    @Test
    void anEventLogMemberIsReadThroughACopyItCanSeekIn(@TempDir Path dir) throws IOException {
        EvtWriter log = new EvtWriter(8192).firstNumber(1);
        log.add("MSExchangeMig", 7017, EvtWriter.ERROR, "ALICE");
        Path zip = write(dir, "logs.zip", new ArchiveWriter().add("AppEvent.Evt", log.build(0x30, false)).zip());
        CaseData data = load(zip);
        assertEquals("event-log-evt", input(data, zip + "!/AppEvent.Evt").format());
        assertEquals(zip + "!/AppEvent.Evt#1", Fixtures.factsOf(data, EventRecord.class).get(0).at().cite());
    }

    @Test
    void membersNamedOutsideTheArchiveAreRefused(@TempDir Path dir) throws IOException {
        for (String kind : List.of("zip", "tar.gz")) {
            ArchiveWriter writer = new ArchiveWriter().add("../evil.csv", USERS).add("/abs.csv", USERS)
                    .add("C:\\x.csv", USERS).add("a/../../up.csv", USERS).add("ok.csv", USERS);
            Path archive = write(dir, "t." + kind, kind.equals("zip") ? writer.zip() : writer.tarGz());
            CaseData data = load(archive);
            for (String bad : List.of("../evil.csv", "/abs.csv", "C:/x.csv", "a/../../up.csv")) {
                InputSummary refused = input(data, archive + "!/" + bad);
                assertEquals("skipped", refused.format(), kind + " " + bad);
                assertTrue(warnings(refused).contains("named outside the archive's folder"), warnings(refused));
            }
            assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size(), "only ok.csv is read from the " + kind);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "nothing was written beside the archives");
        }
    }

    @Test
    void aZipBombGetsAWarningNamingTheMember(@TempDir Path dir) throws IOException {
        byte[] zeros = new byte[8 << 20]; // 8 MiB of zeros deflate to about 8 KiB
        Path zip = write(dir, "bomb.zip", new ArchiveWriter().add("users.csv", USERS).add("huge.csv", zeros).zip());
        assertTrue(Files.size(zip) < 64 * 1024, "the fixture stays tiny");
        CaseData data = load(zip);
        InputSummary bomb = input(data, zip + "!/huge.csv");
        assertEquals("skipped", bomb.format());
        assertTrue(warnings(bomb).contains("a zip bomb?"), warnings(bomb));
        assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size(), "the other member is still read");

        Path tgz = write(dir, "bomb.tgz", new ArchiveWriter().add("a-users.csv", USERS).add("huge.csv", zeros)
                .add("z-users.csv", USERS).tarGz());
        CaseData tar = load(tgz);
        assertTrue(warnings(input(tar, tgz + "!/huge.csv")).contains("gzip bomb?"), tar.inputs().toString());
        assertEquals(2, Fixtures.factsOf(tar, WizardUser.class).size(), "members before the bomb are read");
    }

    @Test
    void aMemberThatInflatesPastItsDeclaredSizeIsStopped(@TempDir Path dir) throws IOException {
        byte[] zip = new ArchiveWriter().add("users.csv", USERS).zip();
        // Lie in the central directory: declare 20 bytes for the member (offset 24 of the central header).
        int central = lastIndexOf(zip, new byte[]{'P', 'K', 1, 2});
        zip[central + 24] = 20;
        zip[central + 25] = 0;
        zip[central + 26] = 0;
        zip[central + 27] = 0;
        Path file = write(dir, "lying.zip", zip);
        InputSummary member = input(load(file), file + "!/users.csv");
        assertTrue(warnings(member).contains("holds more than the 20 bytes the archive declares"), warnings(member));
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        for (int i = data.length - pattern.length; i >= 0; i--) {
            if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void tooManyMembersAreCountedInOneWarning(@TempDir Path dir) throws IOException {
        ArchiveWriter writer = new ArchiveWriter();
        for (int i = 1; i <= 5; i++) {
            writer.add("users" + i + ".csv", USERS);
        }
        Path zip = write(dir, "many.zip", writer.zip());
        CaseLoader loader = CaseLoader.withBuiltInReaders().withArchiveLimits(new ArchiveLimits(3, 1 << 20, 1 << 20, 100));
        CaseData data = loader.load(List.of(zip));
        assertEquals(4, data.inputs().size(), "the archive and three members");
        assertTrue(warnings(data.inputs().get(0)).contains("2 more members not read: at most 3"), warnings(data.inputs().get(0)));

        CaseData small = CaseLoader.withBuiltInReaders().withArchiveLimits(new ArchiveLimits(100, 1 << 20, 100, 100))
                .load(List.of(zip));
        assertTrue(warnings(input(small, zip + "!/users1.csv")).contains("more than the 100 a member may have"));
        CaseData total = CaseLoader.withBuiltInReaders().withArchiveLimits(new ArchiveLimits(100, USERS.length() * 2L, 1 << 20, 100))
                .load(List.of(zip));
        assertEquals(4, total.inputs().size(), "two members, the third named as where the total was reached");
        assertTrue(warnings(input(total, zip + "!/users3.csv")).contains("would expand past"));
    }

    @Test
    void aZipDeclaringFarMoreEntriesThanAreReadIsNotOpened(@TempDir Path dir) throws IOException {
        ArchiveWriter writer = new ArchiveWriter();
        for (int i = 1; i <= 25; i++) {
            writer.add("f" + i + ".txt", "x");
        }
        Path zip = write(dir, "crowded.zip", writer.zip());
        assertEquals(25, ZipMembers.declaredEntries(zip));
        CaseData data = CaseLoader.withBuiltInReaders().withArchiveLimits(new ArchiveLimits(2, 1 << 20, 1 << 20, 100))
                .load(List.of(zip));
        assertEquals(1, data.inputs().size());
        assertTrue(warnings(data.inputs().get(0)).contains("declares 25 entries, more than ten times the 2"),
                warnings(data.inputs().get(0)));
    }

    @Test
    void archivesAreReadOneLevelDeep(@TempDir Path dir) throws IOException {
        byte[] innermost = new ArchiveWriter().add("deep.csv", USERS).zip();
        byte[] inner = new ArchiveWriter().add("users.csv", USERS).add("innermost.zip", innermost).tarGz();
        Path zip = write(dir, "outer.zip", new ArchiveWriter().add("inner.tgz", inner).zip());
        CaseData data = load(zip);
        assertEquals(List.of(zip + "", zip + "!/inner.tgz", zip + "!/inner.tgz!/innermost.zip", zip + "!/inner.tgz!/users.csv"),
                data.inputs().stream().map(InputSummary::path).toList());
        assertEquals("tar-gz-archive", data.inputs().get(1).format());
        assertTrue(warnings(data.inputs().get(2)).contains("archives are read 1 level deep"), warnings(data.inputs().get(2)));
        assertEquals(zip + "!/inner.tgz!/users.csv:2", Fixtures.factsOf(data, WizardUser.class).get(0).at().cite());
    }

    @Test
    void aNameGivenTwiceIsReadOnceAndDotSegmentsAreNotHidden(@TempDir Path dir) throws IOException {
        Path zip = write(dir, "twice.zip", new ArchiveWriter().add("a/./users.csv", USERS).add("a/./users.csv", USERS)
                .add(".git/users.csv", USERS).zip());
        CaseData data = load(zip);
        assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size(), data.inputs().toString());
        assertTrue(warnings(input(data, zip + "!/a/./users.csv (again)")).contains("only the first is read"));
    }

    @Test
    void linksAndEncryptedMembersAreSkippedWithAWarning(@TempDir Path dir) throws IOException {
        Path zip = write(dir, "links.zip", new ArchiveWriter().link("etc.csv", "/etc/passwd")
                .encrypted("secret.csv", USERS).add("users.csv", USERS).zip());
        CaseData data = load(zip);
        assertTrue(warnings(input(data, zip + "!/etc.csv")).contains("a symbolic link"));
        assertTrue(warnings(input(data, zip + "!/secret.csv")).contains("encrypted"));
        assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size());
        Path tgz = write(dir, "links.tgz", new ArchiveWriter().link("etc.csv", "/etc/passwd").tarGz());
        assertTrue(warnings(input(load(tgz), tgz + "!/etc.csv")).contains("a symbolic link"));
    }

    @Test
    void zipNamesAreCp437UnlessFlaggedUtf8(@TempDir Path dir) throws IOException {
        Path oem = write(dir, "oem.zip", new ArchiveWriter().names(Charset.forName("IBM437")).add("Müller.csv", USERS).zip());
        assertEquals("wizard-user-list", input(load(oem), oem + "!/Müller.csv").format());
        Path utf8 = write(dir, "utf8.zip", new ArchiveWriter().add("Åsa Müller.csv", USERS).zip());
        assertEquals("wizard-user-list", input(load(utf8), utf8 + "!/Åsa Müller.csv").format());
    }

    @Test
    void remedyFilesNamedInsideTheArchiveAreSkipped(@TempDir Path dir) throws IOException {
        Path zip = write(dir, "remedy.zip", new ArchiveWriter().add("fix/.migkb-remedy", "# written by migkb\r\nfix-users.csv\r\n")
                .add("fix/fix-users.csv", USERS).add("users.csv", USERS).zip());
        CaseData data = load(zip);
        assertEquals(CaseLoader.REMEDY_FORMAT, input(data, zip + "!/fix/fix-users.csv").format());
        assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size());
    }

    @Test
    void aDamagedArchiveKeepsWhatWasReadAndWarns(@TempDir Path dir) throws IOException {
        byte[] whole = new ArchiveWriter().add("users.csv", USERS).tarGz();
        Path cut = write(dir, "cut.tgz", java.util.Arrays.copyOf(whole, whole.length / 2));
        CaseData data = load(cut);
        assertFalse(data.inputs().get(0).warnings().isEmpty(), "the damage is warned about");
        Path zip = write(dir, "cut.zip", java.util.Arrays.copyOf(new ArchiveWriter().add("users.csv", USERS).zip(), 40));
        assertTrue(warnings(load(zip).inputs().get(0)).contains("could not be read further as a zip archive"));
        Path gz = write(dir, "plain.gz", gzip(USERS.getBytes(StandardCharsets.UTF_8)));
        assertTrue(warnings(load(gz).inputs().get(0)).contains("not a tar archive"));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    @Test
    void aDashReadsOneFileFromStandardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(new ArchiveWriter().add("users.csv", USERS).zip()));
            CaseData data = CaseLoader.withBuiltInReaders().load(List.of(Path.of("-"), Path.of("-")));
            assertEquals(List.of("stdin", "stdin!/users.csv", "stdin"), data.inputs().stream().map(InputSummary::path).toList());
            assertEquals("skipped", data.inputs().get(2).format(), "standard input given twice is read once");
            assertEquals("stdin!/users.csv:2", Fixtures.factsOf(data, WizardUser.class).get(0).at().cite());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theSameFileGivenTwiceIsReadOnce(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Path users = write(folder, "users.csv", USERS.getBytes(StandardCharsets.UTF_8));
        for (List<Path> given : List.of(List.of(users, users), List.of(users, folder), List.of(folder, users))) {
            CaseData data = CaseLoader.withBuiltInReaders().load(given);
            assertEquals(2, Fixtures.factsOf(data, WizardUser.class).size(), given.toString());
            assertEquals(1, data.inputs().stream().filter(i -> i.format().equals("skipped")).count(), given.toString());
        }
    }
}

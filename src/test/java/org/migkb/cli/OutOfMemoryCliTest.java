package org.migkb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case too big for the heap ends the run with one line saying how to give Java more, exit 3,
 * and no stack trace. A separate JVM with a small heap, as an engineer would run it.
 */
class OutOfMemoryCliTest {

    /** About 19 MB of user list: 200,000 mailboxes do not fit in 64 MB with the rules loaded. */
    private static final int USERS = 200_000;

    @Test
    void aCaseTooBigForTheHeapEndsWithOneLineAndExitThree(@TempDir Path dir) throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        try (BufferedWriter out = Files.newBufferedWriter(caseDir.resolve("users.csv"), StandardCharsets.US_ASCII)) {
            out.write("SFS_UserName,SFS_FullName,MigrateUser,Obj-Class,Mode,Common-Name,Display-Name,Given-Name,Surname,"
                    + "Home-Server,Comment,Assoc-NT-Account,Secondary-Proxy-Addresses\r\n");
            for (int i = 0; i < USERS; i++) {
                out.write("U" + i + ",User Number" + i + ",Y,Mailbox,Create,U" + i + ",User Number" + i + ",User,Number" + i
                        + ",~SERVER,,,\r\n");
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "-Dmigkb.cache=" + System.getProperty("migkb.cache"),
                Main.class.getName(), "diagnose", caseDir.toString());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "migkb diagnose did not exit; stderr: " + err);
        assertEquals(DiagnoseCommand.ENGINE_FAILURE, process.exitValue(), err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "one line: " + err);
        assertTrue(lines.get(0).startsWith("migkb: out of memory"), err);
        assertTrue(lines.get(0).contains("-Xmx") && lines.get(0).contains("MIGKB_JAVA_OPTS"), err);
        assertFalse(err.contains("at org.") || err.contains("at java."), "no stack trace: " + err);
    }
}

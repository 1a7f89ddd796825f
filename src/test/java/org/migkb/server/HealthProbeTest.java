package org.migkb.server;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The container health check says yes to a running service and no to a port where nothing answers. */
class HealthProbeTest {

    @Test
    void zeroForARunningServiceOneOtherwise() throws Exception {
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0))) {
            assertEquals(0, HealthProbe.probe("http://127.0.0.1:" + server.port() + "/health"));
            assertEquals(1, HealthProbe.probe("http://127.0.0.1:" + server.port() + "/no-such-page"));
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertEquals(1, HealthProbe.probe("http://127.0.0.1:" + closed + "/health"));
    }
}

package io.newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The controller listener's port is never the client listener's, however the system hands out free ports. */
class EmbeddedKafkaPortsTest {

    @Test
    void theControllerPortIsNeverTheClientPortEvenWhenTheSystemHandsTheSamePortOutAgain() throws IOException {
        for (int i = 0; i < 200; i++) {
            int client;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                client = s.getLocalPort();
            }
            // the client port was just released: the next probe may well be given it back
            int controller = EmbeddedKafka.freePortOtherThan(client);
            assertNotEquals(client, controller);
            assertTrue(controller > 0 && controller <= 65535, String.valueOf(controller));
        }
    }
}

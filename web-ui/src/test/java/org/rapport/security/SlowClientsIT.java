package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send a request's headers and then trickle its body (slowloris) must not take the server: with a
 * fixed pool of 200 worker threads, 220 of them stopped even the health check. Requests now run on virtual
 * threads, so the health check and sign-in page still answer while they hang on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsIT {
    private static final int SLOW_CLIENTS = 260;

    @LocalServerPort
    int port;

    @Test
    void the_app_keeps_answering_while_hundreds_of_clients_trickle_their_requests() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("localhost", port);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded"
                        + "\r\nContent-Length: 100000\r\n\r\nusername=a").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            // Give the server time to hand every slow request to a worker that now waits for the body.
            Thread.sleep(1_000);
            for (Socket socket : slow) {
                socket.getOutputStream().write('x');
            }

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            for (String path : List.of("/actuator/health", "/login")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + path)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}

package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Requests the server refuses before the application sees them (as Tomcat or the firewall do), sent byte for byte:
 * each is a 400 problem document, never Tomcat's HTML page with the server's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> "owner");
        registry.add("trustledger.admin.password", () -> "a password for the test");
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /api/v1/par|ties HTTP/1.1",
                "GET /api/v1/parties?q={x} HTTP/1.1",
                "GET /api/v1/parties/%2e%2e/x HTTP/1.1",
                "GET /api/v1/parties;jsessionid=1/x HTTP/1.1",
                "GET /api/v1/parties/a%00b HTTP/1.1"
            })
    void aRequestRefusedBeforeTheApplication_isAProblemDocument(String requestLine) throws Exception {
        String answer = send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).doesNotContain("<html", "Tomcat", "Exception");
    }

    private String send(String raw) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

package org.trustledger.bootstrap;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One node of the product in this JVM, on its own port, sharing whatever database it is pointed at. */
final class Node implements AutoCloseable {
    static final String USER = "staff";
    static final String PASSWORD = "node password";

    final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Node onPostgres(String url, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // As the README advises: the server bounds every statement too.
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?")
                        + "options=-c%20statement_timeout=30s",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--trustledger.admin.username=" + USER,
                "--trustledger.admin.password=" + PASSWORD));
        args.addAll(List.of(more));
        return new Node(SpringApplication.run(TrustLedgerApplication.class, args.toArray(String[]::new)));
    }

    Api api() {
        return new Api(port(), USER, PASSWORD);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}

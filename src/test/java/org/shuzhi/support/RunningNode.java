package org.shuzhi.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * A whole Shuzhi node started as its own application — its own embedded PostgreSQL, its own port — for tests that
 * need more than one running instance (catalog sync between levels). Test configurations on the class path are left
 * out, as a Spring Boot test context would; the test resources' defaults (demo data, a data directory) apply unless
 * {@code properties} say otherwise.
 */
public final class RunningNode implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final RestClient http;
    private final DemoTokens tokens;

    private RunningNode(ConfigurableApplicationContext app) {
        this.app = app;
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        this.tokens = new DemoTokens(username -> SignedInClient.issue(app.getBean(Authenticator.class),
                app.getBean(ApiTokens.class), username));
    }

    /** Starts a node with these properties (names without {@code --}). */
    public static RunningNode start(Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new RunningNode(new SpringApplicationBuilder(ShuzhiApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("excludeTestConfigurations",
                        new ExcludeTestConfigurations()))
                .logStartupInfo(false).run(args.toArray(String[]::new)));
    }

    /** A loopback port nobody listens on now, for a node that must come back on the same address. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** GET as a demo account; the JSON answer (a problem for errors). */
    public JsonNode get(String path, String username) {
        return http.get().uri(path).headers(h -> h.addAll(tokens.as(username))).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class);
    }

    /** A page as a demo account: its HTML, or the status when it is not 200. */
    public String page(String path, String username) {
        var entity = http.get().uri(path).headers(h -> h.addAll(tokens.as(username))).accept(MediaType.TEXT_HTML)
                .retrieve().toEntity(String.class);
        return entity.getStatusCode().value() == 200 ? entity.getBody() : "status " + entity.getStatusCode().value();
    }

    /** POST JSON as a demo account; status and JSON answer. */
    public Answer post(String path, String username, Object body) {
        var spec = http.post().uri(path).headers(h -> h.addAll(tokens.as(username))).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        var entity = spec.retrieve().toEntity(JsonNode.class);
        return new Answer(entity.getStatusCode().value(), entity.getBody());
    }

    /** POST raw bytes with headers, no account; status and body text. */
    public Answer postRaw(String path, byte[] body, Map<String, String> headers) {
        var entity = http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::add)).body(body).retrieve().toEntity(JsonNode.class);
        return new Answer(entity.getStatusCode().value(), entity.getBody());
    }

    /** A status and a JSON body. */
    public record Answer(int status, JsonNode body) {
    }

    public JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    @Override
    public void close() {
        app.close();
    }

    /** Leaves out the test configurations on the class path, as a Spring Boot test context does. */
    public static final class ExcludeTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestConfigurations;
        }

        @Override
        public int hashCode() {
            return ExcludeTestConfigurations.class.hashCode();
        }
    }
}

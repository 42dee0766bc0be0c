package org.shuzhi.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Calls on the parent node: a sealed request out, the parent's signed answer back and opened — or an exception
 * saying why not (unreachable, refused with its problem, an answer that does not verify), so that the caller keeps
 * its position and retries later.
 */
@Component
class ParentLink {

    private final FederationProperties properties;
    private final SignedExchange exchange;
    private final ObjectMapper json;
    private final HttpClient http;

    ParentLink(FederationProperties properties, SignedExchange exchange, ObjectMapper json) {
        this.properties = properties;
        this.exchange = exchange;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Why a call to the parent did not go through. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Sends {@code body} to the parent's {@code path} and answers the opened, verified answer. */
    <T> Message<T> call(String path, Object body, JavaType answerType) {
        FederationProperties.Peer parent = properties.parent();
        SignedExchange.Sealed sealed = exchange.seal(parent.nodeId(), null, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(parent.url()) + path))
                .timeout(properties.timeout()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(SignedExchange.NODE, sealed.node()).header(SignedExchange.SIGNATURE, sealed.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(sealed.body())).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable("parent " + parent.nodeId() + " unreachable at " + parent.url() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling " + parent.nodeId(), e);
        }
        if (response.statusCode() != 200) {
            String problem = new String(response.body(), StandardCharsets.UTF_8);
            throw new Unavailable("parent " + parent.nodeId() + " answered " + response.statusCode() + ": "
                    + (problem.length() > 500 ? problem.substring(0, 500) : problem), null);
        }
        return exchange.openReply(response.body(), response.headers().firstValue(SignedExchange.NODE).orElse(null),
                response.headers().firstValue(SignedExchange.SIGNATURE).orElse(null), sealed.nonce(), answerType);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

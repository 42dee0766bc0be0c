package org.shuzhi.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;

/**
 * Real bearer tokens for the demo accounts (password {@value SignedInClient#PASSWORD}), issued through the identity
 * module once per account and context, for tests that call as someone other than {@link SignedInClient#USERNAME}.
 */
public final class DemoTokens {

    private final Function<String, String> issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoTokens(Function<String, String> issuer) {
        this.issuer = issuer;
    }

    /** The token of this demo account. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, issuer);
    }

    /** Headers that call as this demo account. */
    public HttpHeaders as(String username) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(username));
        return headers;
    }

    /** A request entity without a body that calls as this demo account. */
    public HttpEntity<Void> request(String username) {
        return new HttpEntity<>(as(username));
    }
}

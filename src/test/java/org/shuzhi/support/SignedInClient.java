package org.shuzhi.support;

import java.time.Duration;

import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.LoginResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * Makes the {@code TestRestTemplate} of {@link IntegrationTest}s call as the demo platform administrator of 江苏省
 * ({@value #USERNAME}) with a real bearer token, issued through the identity module on first use. A request that
 * sets its own {@code Authorization} header keeps it; to call anonymously, use a client of your own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInClient {

    public static final String USERNAME = "js.admin";
    public static final String PASSWORD = "Shuzhi@Demo2026";

    @Bean
    RestTemplateCustomizer signedInByDefault(ObjectProvider<Authenticator> authenticator,
            ObjectProvider<ApiTokens> tokens) {
        String[] token = new String[1];
        return restTemplate -> restTemplate.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                synchronized (token) {
                    if (token[0] == null) {
                        token[0] = issue(authenticator.getObject(), tokens.getObject());
                    }
                }
                request.getHeaders().setBearerAuth(token[0]);
            }
            return execution.execute(request, body);
        });
    }

    /** Bearer tokens for any demo account: {@code demoTokens.bearer("gs.admin")} for a request header. */
    @Bean
    DemoTokens demoTokens(ObjectProvider<Authenticator> authenticator, ObjectProvider<ApiTokens> tokens) {
        return new DemoTokens(username -> issue(authenticator.getObject(), tokens.getObject(), username));
    }

    static String issue(Authenticator authenticator, ApiTokens tokens) {
        return issue(authenticator, tokens, USERNAME);
    }

    static String issue(Authenticator authenticator, ApiTokens tokens, String username) {
        LoginResult login = authenticator.login(username, PASSWORD, "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException("demo account " + username + " cannot sign in: " + login);
        }
        Caller caller = success.caller();
        return tokens.issue(caller, username, "integration tests", Duration.ofHours(12)).token();
    }
}

package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Sign-in enforced over real HTTP: 401 problems for API calls without a valid token (missing, forged, expired,
 * revoked), 403 for a permission the caller lacks, the sign-in form for pages, CSRF on session requests, and
 * lock-out through the form.
 */
@IntegrationTest
class WebSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    IdentityFixture fixture;
    @Autowired
    MovableClock clock;

    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSecurityChainRunsWithoutTheEagerHandlerLookup() {
        BeanDefinition chain = ((BeanDefinitionRegistry) context.getBeanFactory())
                .getBeanDefinition(WithoutIntrospectorCache.FILTER_CHAIN);
        assertThat(chain.getBeanClassName()).as("Spring Security still wraps its chain in a composite")
                .endsWith("CompositeFilterChainProxy");
        assertThat(WithoutIntrospectorCache.holdsCacheFilter(chain)).isFalse();
        BeanDefinition withCache = BeanDefinitionBuilder.rootBeanDefinition("x.CompositeFilterChainProxy")
                .addConstructorArgValue(new java.util.ArrayList<>(List.of(BeanDefinitionBuilder.rootBeanDefinition(
                        "x.WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean")
                        .getBeanDefinition(), chain))).getBeanDefinition();
        assertThat(WithoutIntrospectorCache.holdsCacheFilter(withCache)).as("the check can see one").isTrue();
    }

    @Test
    void aRequestTheFirewallRefusesIsA400ProblemInTheCallersLanguage() {
        for (String[] language : List.of(new String[] {"zh-CN", "请求有误"}, new String[] {"en", "Bad request"})) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language[0]);
            // an encoded percent sign, sent as it is (a URI, not a template the client would encode again); Tomcat
            // passes it on, the firewall refuses it
            ResponseEntity<String> refused = anonymous().exchange(java.net.URI.create(url("/api/jurisdictions/32%2505")),
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(json(refused)).containsEntry("code", "identity.web.request-rejected")
                    .containsEntry("title", language[1]);
        }
    }

    @Test
    void apiWithoutTokenIsA401ProblemInTheCallersLanguage() {
        ResponseEntity<String> zh = call("/api/jurisdictions", null, null);
        assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(zh.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(zh.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(zh)).containsEntry("title", "未登录").containsEntry("code", "identity.web.unauthenticated");
        assertThat(json(call("/api/jurisdictions", null, "en"))).containsEntry("title", "Not signed in");
    }

    @Test
    void forgedExpiredAndRevokedTokensAreRefused() {
        assertThat(call("/api/jurisdictions", "sz_forged-token", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ApiTokens.IssuedToken shortLived = tokens.issue(fixture.caller("wj.admin"), "wj.api", "test",
                Duration.ofHours(1));
        assertThat(call("/api/jurisdictions", shortLived.token(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofHours(2));
        assertThat(call("/api/jurisdictions", shortLived.token(), null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        clock.reset();

        ApiTokens.IssuedToken revoked = tokens.issue(fixture.caller("wj.admin"), "wj.api", "test", Duration.ofDays(1));
        assertThat(call("/api/jurisdictions", revoked.token(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        tokens.revoke(fixture.caller("wj.admin"), revoked.id());
        assertThat(call("/api/jurisdictions", revoked.token(), null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPermissionTheCallerLacksIsA403Problem() {
        String analyst = fixture.token("wj.analyst");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(analyst);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("note", "no files needed: the permission is checked first");
        ResponseEntity<String> response = anonymous().exchange(url("/api/jurisdictions/import"), HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(response)).containsEntry("code", "identity.web.forbidden");
    }

    @Test
    void pagesSendStrangersToTheSignInForm() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = anonymous().exchange(url("/grids/map"), HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void sessionRequestsNeedTheCsrfToken() {
        Session session = signIn("wj.admin", DemoAccountsLoader.PASSWORD);
        assertThat(session.cookie()).isNotNull();

        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> withoutToken = anonymous().exchange(url("/logout"), HttpMethod.POST,
                new HttpEntity<>(new LinkedMultiValueMap<>(), headers), String.class);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", session.csrf());
        ResponseEntity<String> withToken = anonymous().exchange(url("/logout"), HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(withToken.getHeaders().getLocation().toString()).endsWith("/login?logout");
    }

    @Test
    void theFormLocksAnAccountAfterFiveFailures() {
        fixture.createUser("t.web.lock", "320509", null, "analyst");
        for (int i = 0; i < 4; i++) {
            assertThat(signInRedirect("t.web.lock", "Wrong-Password-9")).endsWith("/login?error=bad");
        }
        assertThat(signInRedirect("t.web.lock", "Wrong-Password-9")).as("the fifth failure locks")
                .endsWith("/login?error=locked");
        assertThat(signInRedirect("t.web.lock", IdentityFixture.PASSWORD)).as("even the right password")
                .endsWith("/login?error=locked");
        clock.advance(Duration.ofMinutes(16));
        assertThat(signInRedirect("t.web.lock", IdentityFixture.PASSWORD)).doesNotContain("error");
    }

    private record Session(String cookie, String csrf) {
        HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookie);
            return headers;
        }
    }

    private Session signIn(String username, String password) {
        ResponseEntity<String> form = anonymous().getForEntity(url("/login"), String.class);
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        ResponseEntity<String> signedIn = postSignIn(username, password, cookie, csrf(form.getBody()));
        String sessionCookie = signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, sessionCookie);
        ResponseEntity<String> home = anonymous().exchange(url("/"), HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(home.getBody()).contains("id=\"current-user\"");
        return new Session(sessionCookie, csrf(home.getBody()));
    }

    private String signInRedirect(String username, String password) {
        ResponseEntity<String> form = anonymous().getForEntity(url("/login"), String.class);
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        return postSignIn(username, password, cookie, csrf(form.getBody())).getHeaders().getLocation().toString();
    }

    private ResponseEntity<String> postSignIn(String username, String password, String cookie, String csrf) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", csrf);
        return anonymous().exchange(url("/login"), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ResponseEntity<String> response) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(response.getBody(), Map.class);
        } catch (Exception e) {
            throw new AssertionError("not a JSON object: " + response.getStatusCode() + " " + response.getBody(), e);
        }
    }

    private ResponseEntity<String> call(String path, String token, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return anonymous().exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static RestTemplate anonymous() {
        return Http.client();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

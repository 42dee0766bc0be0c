package org.shuzhi.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.platform.ProblemBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what. Everything needs a signed-in caller except the sign-in page, static assets, health and the
 * API description. People sign in with the form (session, CSRF-protected); API clients send a bearer token (no
 * session, no CSRF). The public Open311 channel ({@code /open311/**}) is open to everyone: its reads are public and
 * a report is authorised by the {@code api_key} it carries, never by a session — so CSRF does not apply to it.
 * The open-data portal ({@code /open/**}, the CKAN API, the DCAT catalog) is public and read-only. Calls of other
 * Shuzhi nodes ({@code /api/federation/node/**}) carry no session or token: each is a message signed with the calling
 * node's key, which the federation module verifies — so neither sign-in nor CSRF applies to them.
 * Unauthenticated API calls get a 401 problem, pages the sign-in form. Actions that change reference data need
 * their permission.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/")
            || request.getRequestURI().startsWith("/actuator/") || BearerTokenFilter.hasBearerToken(request);

    /** The Open311 GeoReport v2 channel: public reads, reports authorised by their api_key parameter. */
    static final RequestMatcher OPEN311 = request -> request.getRequestURI().startsWith("/open311/");

    /** The open-data portal, its CKAN Action API (read-only, also by POST) and its DCAT catalog: public. */
    static final String[] OPEN_DATA = {"/open", "/open/**", "/api/3/action/**", "/catalog.ttl", "/catalog.jsonld",
            "/catalog.rdf", "/api/dcat/catalog"};

    /** Signed calls of other Shuzhi nodes. */
    static final String NODE_CALLS = "/api/federation/node/**";

    /**
     * Path patterns in {@code requestMatchers(String...)} are matched by {@code PathPatternRequestMatcher} — the
     * request's path against the pattern, as Spring MVC parses it — instead of the default that asks Spring MVC's
     * handler mappings for every pattern of every rule on every request. With a URL that has a template variable
     * ({@code /api/share/{entryCode}/rows}) each such question walked all the platform's handler mappings: half the
     * CPU of a sharing call went there (see docs/BENCHMARKS.md, sharing API).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * The strict firewall with its header and parameter character rules checked by a loop rather than regular
     * expressions ({@link PrintableText}); the same rules.
     */
    @Bean
    static HttpFirewall httpFirewall() {
        return PrintableText.firewall();
    }

    /** A request the firewall refuses gets a 400 problem in the caller's language; the reason is logged, not shown. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemBodies bodies, LocaleResolver locales, ObjectMapper json) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(bodies, locales, json);
        return (request, response, rejected) -> {
            log.debug("Request refused by the firewall: {}", rejected.getMessage());
            problems.rejected(request, response);
        };
    }

    /** No eager handler lookup in front of the security filters: the platform does not use it. */
    @Bean
    static WithoutIntrospectorCache withoutIntrospectorCache() {
        return new WithoutIntrospectorCache();
    }

    /**
     * No observations of Spring Security's filters, authentications and authorisations (DECISIONS 12): turning them
     * off here removes the observing decorator around every filter, which a disabled observation still left in place.
     * Requests as a whole are still observed ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, Authenticator authenticator, ProblemBodies bodies,
            LocaleResolver locales, ObjectMapper json) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(bodies, locales, json);
        http.authenticationProvider(new PasswordAuthenticationProvider(authenticator))
                .addFilterBefore(new BearerTokenFilter(authenticator, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(access -> access
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/open311/**").permitAll()
                        .requestMatchers(OPEN_DATA).permitAll()
                        .requestMatchers(HttpMethod.POST, NODE_CALLS).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/jurisdictions/import", "/jurisdictions/import")
                        .hasAuthority("JURISDICTION_IMPORT")
                        .requestMatchers("/jurisdictions/import", "/jurisdictions/import/**")
                        .hasAuthority("JURISDICTION_IMPORT")
                        .requestMatchers(HttpMethod.POST, "/api/grids/import").hasAuthority("GRID_IMPORT")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler((request, response, failure) ->
                        response.sendRedirect(request.getContextPath() + "/login?error=" + reason(failure))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken, OPEN311)
                        .ignoringRequestMatchers("/api/3/action/**", NODE_CALLS))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAccessDeniedHandlerFor(problems, API));
        return http.build();
    }

    private static String reason(Exception failure) {
        if (failure instanceof LockedException) {
            return "locked";
        }
        if (failure instanceof PasswordAuthenticationProvider.ThrottledException) {
            return "throttled";
        }
        return failure instanceof DisabledException ? "disabled" : "bad";
    }
}

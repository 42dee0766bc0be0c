package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity module's infrastructure beans: the clock and the password encoder. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** The id under which BCrypt hashes are stored: {@code {bcrypt}$2a$12$…}. */
    static final String BCRYPT = "bcrypt";

    /**
     * The platform's time source (UTC), so lock-outs and token expiry can be tested by moving time. No other
     * module defines one yet; a bean of type {@link Clock} defined elsewhere (or a {@code @Primary} one in tests)
     * takes precedence.
     */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock platformClock() {
        return Clock.systemUTC();
    }

    /**
     * Hashes carry their algorithm as a prefix ({@code {bcrypt}}), so a stronger default (Argon2) can be added
     * later and old hashes upgraded at the next successful login ({@link PasswordEncoder#upgradeEncoding}).
     */
    @Bean
    PasswordEncoder identityPasswordEncoder(IdentityProperties properties) {
        return new DelegatingPasswordEncoder(BCRYPT,
                Map.of(BCRYPT, new BCryptPasswordEncoder(properties.bcryptStrength())));
    }
}

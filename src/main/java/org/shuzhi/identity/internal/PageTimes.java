package org.shuzhi.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as the identity pages show them: {@code ${@identityTimes.show(token.expiresAt())}} gives minutes in
 * China Standard Time, the time of every jurisdiction the platform serves; nothing for {@code null}.
 */
@Component("identityTimes")
class PageTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String show(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}

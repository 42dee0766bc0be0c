package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention removes old records without breaking the chain, and cannot be set below the legal minimum. */
@IntegrationTest
class AuditRetentionTests {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditRetention retention;

    @Test
    void purgedChainStillVerifiesAndKeepsGrowing() {
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry("admin", null, "admin.action", "t", AuditEntry.Outcome.SUCCESS, null, null, null));
        }
        assertThat(retention.purgeBefore(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(5);
        assertThat(audit.verify().intact()).isTrue();

        long next = audit.record(new AuditEntry("admin", null, "admin.action", "t", AuditEntry.Outcome.SUCCESS,
                null, null, null));
        assertThat(audit.verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(1);
        });
        assertThat(next).isGreaterThan(5);
    }

    @Test
    void retentionShorterThan180DaysIsRefused() {
        assertThatThrownBy(() -> new AuditProperties(Duration.ofDays(90), null, 500, ZoneId.of("Asia/Shanghai")))
                .hasMessageContaining("at least 180 days");
        assertThat(new AuditProperties(Duration.ofDays(365), null, 500, ZoneId.of("Asia/Shanghai")).retention()).hasDays(365);
    }
}

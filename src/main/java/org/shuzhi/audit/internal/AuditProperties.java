package org.shuzhi.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings.
 *
 * @param retention  how long records are kept; at least 180 days (网络安全法 第二十一条: logs kept ≥ 6 months)
 * @param anchorFile where anchors are also written, apart from the database ({@code <data-dir>/audit/anchors.log}
 *                   when unset); point it at storage the database administrators cannot rewrite
 * @param batchSize  how many queued entries one commit may carry
 * @param zone       the time zone in which pages and exports show times and a filter's local date or time is read
 */
@ConfigurationProperties("shuzhi.audit")
record AuditProperties(
        @DefaultValue("180d") Duration retention,
        Path anchorFile,
        @DefaultValue("500") int batchSize,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(180);

    AuditProperties {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException(
                    "shuzhi.audit.retention must be at least 180 days (Cybersecurity Law art. 21), was " + retention);
        }
    }
}

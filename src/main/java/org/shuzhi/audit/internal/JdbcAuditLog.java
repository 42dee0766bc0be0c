package org.shuzhi.audit.internal;

import java.time.Instant;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditVerification;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** The audit log on PostgreSQL: group-committed appends, verification, and hourly anchors (configurable). */
@Service
@EnableScheduling
class JdbcAuditLog implements AuditLog {

    private final AuditWriter writer;
    private final ChainVerifier verifier;
    private final ChainHead head;
    private final AnchorStore anchors;

    JdbcAuditLog(AuditWriter writer, ChainVerifier verifier, ChainHead head, AnchorStore anchors) {
        this.writer = writer;
        this.verifier = verifier;
        this.head = head;
        this.anchors = anchors;
    }

    @Override
    public long record(AuditEntry entry) {
        return writer.append(entry);
    }

    @Override
    public AuditVerification verify() {
        return verifier.verify();
    }

    @Override
    @Scheduled(cron = "${shuzhi.audit.anchor-cron:0 0 * * * *}")
    public long anchor() {
        ChainHead.Link link = head.current();
        if (link.seq() > 0) {
            anchors.write(link, Instant.now());
        }
        return link.seq();
    }
}

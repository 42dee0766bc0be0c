package org.shuzhi.audit.internal;

import java.time.Instant;
import java.util.function.Consumer;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditPage;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.audit.AuditRecord;
import org.shuzhi.audit.AuditVerification;
import org.shuzhi.platform.DataScope;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** The audit log on PostgreSQL: group-committed appends, scoped search, verification, hourly anchors (configurable). */
@Service
@EnableScheduling
class JdbcAuditLog implements AuditLog {

    private final AuditWriter writer;
    private final ChainVerifier verifier;
    private final ChainHead head;
    private final AnchorStore anchors;
    private final RecordSearch search;

    JdbcAuditLog(AuditWriter writer, ChainVerifier verifier, ChainHead head, AnchorStore anchors,
            RecordSearch search) {
        this.writer = writer;
        this.verifier = verifier;
        this.head = head;
        this.anchors = anchors;
        this.search = search;
    }

    @Override
    public long record(AuditEntry entry) {
        return writer.append(entry);
    }

    @Override
    public AuditPage search(AuditQuery query, DataScope scope) {
        return search.page(query, scope);
    }

    @Override
    public long export(AuditQuery query, DataScope scope, Consumer<AuditRecord> sink) {
        return search.export(query, scope, sink);
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

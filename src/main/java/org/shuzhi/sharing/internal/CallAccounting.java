package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.util.List;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.identity.Caller;
import org.shuzhi.sharing.ShareGrant;
import org.springframework.stereotype.Component;

/**
 * Books every sharing call, allowed or refused: the hash-chained audit entry {@code share.call} (consumer,
 * resource, purpose, fields, rows, latency, outcome) — written before the answer goes out, so an answer that could
 * not be audited is not given — and the statistics row, queued for the batch writer.
 */
@Component
class CallAccounting {

    /** What became of a call, filled in as it proceeds. */
    static final class Outcome {
        final String code;
        CatalogEntry entry;
        ShareGrant grant;
        List<String> fields = List.of();
        int rows;
        int status = 200;
        String problem;

        Outcome(String code) {
            this.code = code;
        }
    }

    private final SharingAudit audit;
    private final CallRecorder recorder;
    private final Clock clock;

    CallAccounting(SharingAudit audit, CallRecorder recorder, Clock clock) {
        this.audit = audit;
        this.recorder = recorder;
        this.clock = clock;
    }

    void account(Caller me, Outcome o, long nanos) {
        long micros = nanos / 1_000;
        var details = audit.details().put("consumer", me.username()).put("department", me.departmentCode())
                .put("status", o.status).put("rows", o.rows).put("latencyMicros", micros);
        details.putPOJO("fields", o.fields);
        if (o.grant != null) {
            details.put("grant", o.grant.id()).put("purpose", o.grant.purpose()).put("rowRegion", o.grant.rowRegion());
        }
        if (o.problem != null) {
            details.put("problem", o.problem);
        }
        recorder.record(new CallRecorder.Call(clock.instant(), o.code, o.entry == null ? null : o.entry.regionCode(),
                o.entry == null ? null : o.entry.providerDepartment(), me.regionCode(), me.departmentCode(),
                me.username(), o.grant == null ? null : o.grant.id(), o.status, o.rows, micros));
        audit.record("share.call", "resource:" + o.code, SharingAudit.outcomeOf(o.status), details);
    }
}

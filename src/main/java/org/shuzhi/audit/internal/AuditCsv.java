package org.shuzhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.shuzhi.audit.AuditRecord;

/**
 * Audit records as CSV (RFC 4180), one line each as they come. Times carry their offset, so the file is
 * unambiguous in any zone. A cell that a spreadsheet would run as a formula (a sign-in name is whatever someone
 * typed) is written with a leading apostrophe.
 */
final class AuditCsv {

    static final String HEADER =
            "seq,recorded_at,actor,actor_scope,action,target,outcome,client_ip,request_id,details";

    private final Writer out;
    private final DateTimeFormatter time;

    AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    void header() {
        line(HEADER);
    }

    void write(AuditRecord r) {
        line(String.join(",", Long.toString(r.seq()), time.format(r.recordedAt()), cell(r.actor()),
                cell(r.actorScope()), cell(r.action()), cell(r.target()), r.outcome().name(), cell(r.clientIp()),
                cell(r.requestId()), cell(r.details())));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

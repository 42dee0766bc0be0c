package org.shuzhi.calendar.internal;

import java.util.Optional;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.calendar.CalendarChanged;
import org.shuzhi.calendar.internal.CalendarStore.Origin;
import org.shuzhi.calendar.internal.CalendarStore.StoredYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a year's arrangement gets stored — upload, command line and bundled files all come here. Each change
 * is one transaction that publishes {@link CalendarChanged}, on which the cache reloads after the commit. A change
 * someone asked for also writes its audit record in that transaction, so a change the audit log cannot record does
 * not happen; storing the bundled files is the release's own data, not anyone's action, and is only logged.
 */
@Service
class CalendarUpdates {

    private static final Logger log = LoggerFactory.getLogger(CalendarUpdates.class);

    /**
     * Who asks for a change, for the audit log.
     *
     * @param name     login name, or {@code system} / {@code cli:<os user>}
     * @param scope    a label of their data scope, or {@code null}
     * @param clientIp their address when they came over HTTP
     */
    record Actor(String name, String scope, String clientIp) {

        static final Actor SYSTEM = new Actor("system", null, null);
    }

    private final CalendarStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarUpdates(CalendarStore store, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Replaces the year as this deployment's own version ({@link Origin#UPLOADED}). */
    @Transactional
    void replace(Arrangement arrangement, String source, Actor actor) {
        store.lock();
        write(arrangement, Origin.UPLOADED, source, actor);
        audit.record(new AuditEntry(actor.name(), actor.scope(), "calendar.replace", "calendar:" + arrangement.year(),
                Outcome.SUCCESS, actor.clientIp(), MDC.get("requestId"), "{\"holidays\":"
                + arrangement.count(SpecialDay.Kind.HOLIDAY) + ",\"workdays\":"
                + arrangement.count(SpecialDay.Kind.WORKDAY) + ",\"checksum\":\"" + arrangement.checksum() + "\"}"));
    }

    /**
     * Stores a bundled arrangement unless the deployment has its own version of the year or the stored bundled
     * version is the same.
     *
     * @return true when something was written
     */
    @Transactional
    boolean offerBundled(Arrangement arrangement, String source) {
        store.lock();
        Optional<StoredYear> stored = store.year(arrangement.year());
        if (stored.isPresent() && stored.get().origin() == Origin.UPLOADED) {
            if (!stored.get().checksum().equals(arrangement.checksum())) {
                log.info("Calendar {}: keeping this deployment's own arrangement ({}) over the bundled {}",
                        arrangement.year(), stored.get().source(), source);
            }
            return false;
        }
        if (stored.isPresent() && stored.get().checksum().equals(arrangement.checksum())) {
            return false;
        }
        write(arrangement, Origin.BUNDLED, source, Actor.SYSTEM);
        return true;
    }

    /** Records a refused change. */
    void denied(int year, Actor actor, String problemKey) {
        audit.record(new AuditEntry(actor.name(), actor.scope(), "calendar.replace", "calendar:" + year,
                Outcome.DENIED, actor.clientIp(), MDC.get("requestId"), "{\"problem\":\"" + problemKey + "\"}"));
    }

    private void write(Arrangement arrangement, Origin origin, String source, Actor actor) {
        store.replace(arrangement, origin, source, actor.name());
        events.publishEvent(new CalendarChanged(arrangement.year()));
        log.info("Calendar {} stored from {} by {} ({} days)", arrangement.year(), source, actor.name(),
                arrangement.days().size());
    }
}

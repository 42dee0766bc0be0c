package org.shuzhi.calendar.internal;

import java.util.Map;
import java.util.TreeMap;

import org.shuzhi.calendar.CalendarChanged;
import org.shuzhi.calendar.internal.CalendarStore.StoredYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar in memory — a few hundred days — so that deadline arithmetic never touches the database. Loaded on
 * first use and whenever a year changes: at once on the node that made the change (after its commit), and within
 * {@code shuzhi.calendar.refresh-interval} on every other node, which compares a cheap version token.
 */
@Component
class CalendarCache {

    private static final Logger log = LoggerFactory.getLogger(CalendarCache.class);

    /** What one load saw: the day table, the stored years, and the version token they belong to. */
    record Snapshot(DayTable table, Map<Integer, StoredYear> years, String version) {
    }

    private final CalendarStore store;
    private final TransactionTemplate readOnly;
    private volatile Snapshot snapshot;

    CalendarCache(CalendarStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        // one consistent view of both tables and the version token
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The current day table. */
    DayTable table() {
        return snapshot().table();
    }

    /** The stored years by year. */
    Map<Integer, StoredYear> years() {
        return snapshot().years();
    }

    Snapshot snapshot() {
        Snapshot current = snapshot;
        return current != null ? current : reload();
    }

    /** Reads both tables and publishes a new snapshot; serialized so that a later read also publishes later. */
    synchronized Snapshot reload() {
        Snapshot fresh = readOnly.execute(status -> {
            String version = store.version();
            Map<Integer, StoredYear> years = new TreeMap<>();
            store.years().forEach(year -> years.put(year.year(), year));
            return new Snapshot(new DayTable(years.keySet(), store.days()), Map.copyOf(years), version);
        });
        snapshot = fresh;
        log.info("Working calendar holds the years {}", fresh.years().keySet().stream().sorted().toList());
        return fresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarChanged changed) {
        reload();
    }

    /** Picks up changes another node made. */
    @Scheduled(fixedDelayString = "${shuzhi.calendar.refresh-interval:1m}",
            initialDelayString = "${shuzhi.calendar.refresh-interval:1m}")
    void refreshIfChanged() {
        Snapshot current = snapshot;
        if (current != null && !current.version().equals(store.version())) {
            log.info("The working calendar was changed elsewhere; reloading");
            reload();
        }
    }
}

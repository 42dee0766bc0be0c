package org.shuzhi.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示年度数据: generates a year of events for a township (or every township of a county) at the scale 平望镇
 * published — about 36,700 accepted a year, 98.6 % handled, 88 % reported by grid inspectors, some 300 sent on to
 * the county's enforcement — shaped by {@link YearShape} and lived through by {@link LifeStory}, points drawn inside
 * the comprehensive grids, written with {@code COPY}. The same settings (seed included) give the same events.
 * Progress is logged every 10 % and readable from {@link #progress()}.
 */
@Component
class DemoYearGenerator {

    /** 平望镇's accepted events in a year, as published. */
    static final int ACCEPTED_A_YEAR = 36_700;
    /** Of those, sent on to the county's enforcement department. */
    static final int ENFORCEMENT_A_YEAR = 300;
    private static final int CHUNK = 20_000;
    private static final Logger log = LoggerFactory.getLogger(DemoYearGenerator.class);

    /**
     * What to generate.
     *
     * @param region   a township or county code: the events fall into its grids, or its villages where it has none
     * @param until    the day after the last day generated (the demo's present)
     * @param scale    1.0 for a full year of one township; a county's townships each get that
     * @param seed     the random seed
     * @param timeline whether to write the timeline rows too
     * @param atomic   all in one transaction (else one per 20,000 events, for very large runs)
     */
    record Settings(String region, LocalDate until, double scale, long seed, boolean timeline, boolean atomic) {
    }

    /** How a run gets on: percent done, rows written, speed; {@code done} once committed. */
    record Progress(int percent, long events, long steps, long eventsPerSecond, boolean done) {
    }

    private final EventCategories categories;
    private final WorkingCalendar calendar;
    private final DeadlinePolicy deadlines;
    private final DemoYearSpots spots;
    private final DemoYearWriter writer;
    private final TransactionTemplate transactions;
    private final StatisticsRollup rollup;
    private volatile Progress progress = new Progress(0, 0, 0, 0, false);

    DemoYearGenerator(EventCategories categories, WorkingCalendar calendar, DeadlinePolicy deadlines,
            DemoYearSpots spots, DemoYearWriter writer, TransactionTemplate transactions, StatisticsRollup rollup) {
        this.rollup = rollup;
        this.categories = categories;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.spots = spots;
        this.writer = writer;
        this.transactions = transactions;
    }

    /** The latest run's progress. */
    Progress progress() {
        return progress;
    }

    /** How many generated events already lie in {@code region}; when some do, the progress says done. */
    long existing(String region) {
        long existing = writer.count(DataScope.of(region));
        if (existing > 0) {
            progress = new Progress(100, existing, 0, 0, true);
        }
        return existing;
    }

    /** Generates and writes the year; returns the final progress. */
    Progress generate(Settings settings) {
        List<DemoYearSpots.Township> townships = spots.townships(settings.region());
        if (townships.isEmpty()) {
            throw new IllegalArgumentException("no villages or grids under " + settings.region());
        }
        if (settings.atomic()) {
            return transactions.execute(status -> run(settings, townships));
        }
        return run(settings, townships);
    }

    private Progress run(Settings settings, List<DemoYearSpots.Township> townships) {
        long start = System.nanoTime();
        LocalDate first = settings.until().minusDays(365);
        Instant end = settings.until().atStartOfDay(calendar.zone()).toInstant();
        YearShape shape = new YearShape(first, 365, calendar, categories.all());
        LifeStory story = new LifeStory(deadlines, end);
        // reports: the accepted ones and the ~1.5 % that LifeStory rejects
        long total = Math.round(ACCEPTED_A_YEAR * settings.scale() * townships.size() / 0.985);
        long[] perDay = shape.perDay(total);
        Random random = new Random(settings.seed());
        GeometryFactory geometry = new GeometryFactory();
        DataScope scope = DataScope.of(settings.region());
        List<EventLife> chunk = new ArrayList<>(CHUNK);
        long made = 0;
        long steps = 0;
        int reported = 0;
        for (int day = 0; day < shape.days(); day++) {
            List<EventLife> today = new ArrayList<>((int) perDay[day]);
            for (long i = 0; i < perDay[day]; i++) {
                today.add(report(shape, day, townships.get(random.nextInt(townships.size())), settings, made + i,
                        geometry, random));
            }
            made += perDay[day];
            today.sort(Comparator.comparing(life -> life.reportedAt));
            boolean recent = day >= shape.days() - 30;
            for (EventLife life : today) {
                boolean enforcement = random.nextDouble() < (double) ENFORCEMENT_A_YEAR / ACCEPTED_A_YEAR;
                Category category = enforcement ? shape.categoryOfKind("URBAN_MANAGEMENT", random)
                        : categories.find(life.categoryCode).orElseThrow();
                life.categoryCode = category.code();
                life.title = category.nameZh();
                String township = life.regionCode.substring(0, 9);
                story.live(life, category, new LifeStory.Cast(township, township.substring(0, 6) + "-cg"),
                        enforcement, recent && random.nextDouble() < 0.12, random);
                chunk.add(life);
            }
            if (chunk.size() >= CHUNK || day == shape.days() - 1) {
                steps += write(chunk, settings, scope);
                chunk = new ArrayList<>(CHUNK);
            }
            int percent = (int) (100 * made / Math.max(1, total));
            if (percent / 10 > reported / 10 || day == shape.days() - 1) {
                reported = percent;
                long rate = (long) (made / Math.max(1e-9, (System.nanoTime() - start) / 1e9));
                progress = new Progress(percent, made, steps, rate, false);
                log.info("Demo year of {}: {} % ({} events, {} timeline steps, {} events/s)", settings.region(),
                        percent, made, steps, rate);
            }
        }
        // COPY publishes no EventReported: the statistics rollup of those days is recomputed here
        rollup.rebuild(first, settings.until().minusDays(1), settings.region());
        progress = new Progress(100, made, steps, progress.eventsPerSecond(), true);
        return progress;
    }

    private long write(List<EventLife> chunk, Settings settings, DataScope scope) {
        if (settings.atomic()) {
            return writer.write(chunk, settings.timeline(), scope);
        }
        return transactions.execute(status -> writer.write(chunk, settings.timeline(), scope));
    }

    private static EventLife report(YearShape shape, int day, DemoYearSpots.Township township, Settings settings,
            long n, GeometryFactory geometry, Random random) {
        EventLife life = new EventLife();
        life.source = shape.source(random);
        life.key = DemoYearWriter.KEY_PREFIX + settings.seed() + "-" + n;
        life.categoryCode = shape.category(life.source, random).code();
        double u = random.nextDouble();
        life.urgency = u < 0.90 ? Urgency.NORMAL : u < 0.99 ? Urgency.URGENT : Urgency.CRITICAL;
        life.reportedAt = shape.timeOn(day, life.source, random);
        DemoYearSpots.Spot spot = township.spots().get(random.nextInt(township.spots().size()));
        life.regionCode = spot.regionCode();
        life.gridCode = spot.gridCode();
        if (spot.polygon() != null && life.source != EventSource.HOTLINE) {
            Coordinate point = pointInside(spot.polygon(), geometry, random);
            life.lat = point.y;
            life.lng = point.x;
        }
        if (life.source == EventSource.GRID_PATROL) {
            life.reporterAccount = "inspector@" + (spot.gridCode() != null ? spot.gridCode() : spot.regionCode());
        } else if (life.source == EventSource.HOTLINE) {
            life.gridCode = null; // a call gives an address, not a point: placed by region only
            life.reporterPhone = "1390512" + "%04d".formatted(random.nextInt(10_000));
        }
        return life;
    }

    /** A uniformly random point inside the polygon (rejection sampling in its envelope). */
    private static Coordinate pointInside(Geometry polygon, GeometryFactory geometry, Random random) {
        Envelope box = polygon.getEnvelopeInternal();
        for (int attempt = 0; attempt < 1000; attempt++) {
            Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (polygon.contains(geometry.createPoint(c))) {
                return c;
            }
        }
        return polygon.getInteriorPoint().getCoordinate();
    }
}

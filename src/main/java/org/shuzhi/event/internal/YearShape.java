package org.shuzhi.event.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventSource;

/**
 * The shape of a township's year of events as published for 平望镇: which day (a summer peak, fewer reports on
 * weekends and far fewer on public holidays — the Spring Festival dip), which hour (inspectors report on their
 * patrols in office hours, the hotline from morning to night, sensors round the clock), which source (88 % grid
 * inspectors) and which category (市容环境 and 城乡治理 dominate). Pure and deterministic for a given {@link Random}.
 */
final class YearShape {

    /** Relative volume of each month, January first: the summer peak, the Spring Festival and National Day dips. */
    private static final double[] MONTH = {0.80, 0.70, 0.95, 1.00, 1.05, 1.15, 1.30, 1.30, 1.10, 0.90, 0.95, 0.90};
    /** Share of each top-level category among inspectors' and public reports, by its 2-digit code. */
    private static final List<String[]> CATEGORY_SHARE = List.of(new String[] {"04", "0.46"},
            new String[] {"03", "0.27"}, new String[] {"05", "0.11"}, new String[] {"02", "0.09"},
            new String[] {"01", "0.07"});

    private final LocalDate first;
    private final int days;
    private final ZoneId zone;
    private final double[] cumulativeDay;
    private final boolean[] workingDay;
    private final List<Category> leaves;
    private final double[] cumulativeLeaf;
    private final List<Category> sensorLeaves;

    /** The year of {@code days} days from {@code first}, over the leaves of {@code categories}. */
    YearShape(LocalDate first, int days, WorkingCalendar calendar, List<Category> categories) {
        this.first = first;
        this.days = days;
        this.zone = calendar.zone();
        this.cumulativeDay = new double[days];
        this.workingDay = new boolean[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            workingDay[d] = calendar.isWorkingDay(date);
            sum += MONTH[date.getMonthValue() - 1] * dayWeight(date, workingDay[d]);
            cumulativeDay[d] = sum;
        }
        this.leaves = categories.stream().filter(Category::isLeaf).toList();
        this.cumulativeLeaf = new double[leaves.size()];
        double leafSum = 0;
        for (int i = 0; i < leaves.size(); i++) {
            String top = leaves.get(i).code().substring(0, 2);
            long siblings = leaves.stream().filter(c -> c.code().startsWith(top)).count();
            leafSum += share(top) / siblings;
            cumulativeLeaf[i] = leafSum;
        }
        this.sensorLeaves = leaves.stream().filter(c -> c.code().startsWith("05") || c.code().startsWith("0201")
                || c.code().equals("020304")).toList();
    }

    /** Fewer reports on a weekend, far fewer on a public holiday (a weekday off, or any day of a long holiday). */
    private static double dayWeight(LocalDate date, boolean working) {
        if (working) {
            return 1.0;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? 0.5 : 0.2;
    }

    private static double share(String top) {
        return CATEGORY_SHARE.stream().filter(s -> s[0].equals(top)).mapToDouble(s -> Double.parseDouble(s[1]))
                .findFirst().orElse(0.02);
    }

    /** 88 % grid inspectors, the rest 12345, the 互联网+督查 channels and sensors. */
    EventSource source(Random random) {
        double r = random.nextDouble();
        if (r < 0.88) {
            return EventSource.GRID_PATROL;
        }
        if (r < 0.955) {
            return EventSource.HOTLINE;
        }
        if (r < 0.975) {
            return EventSource.PUBLIC_CITIZEN;
        }
        if (r < 0.982) {
            return EventSource.PUBLIC_ENTERPRISE;
        }
        if (r < 0.985) {
            return EventSource.PUBLIC_GOVERNMENT;
        }
        return EventSource.SENSOR;
    }

    /** A leaf category for a report from {@code source}: sensors watch water, air, fire and gas only. */
    Category category(EventSource source, Random random) {
        if (source == EventSource.SENSOR && !sensorLeaves.isEmpty()) {
            return sensorLeaves.get(random.nextInt(sensorLeaves.size()));
        }
        double r = random.nextDouble() * cumulativeLeaf[cumulativeLeaf.length - 1];
        int i = 0;
        while (cumulativeLeaf[i] < r) {
            i++;
        }
        return leaves.get(i);
    }

    /** A leaf whose usual department is of {@code kind} (enforcement goes to 城管), or any leaf when none. */
    Category categoryOfKind(String kind, Random random) {
        List<Category> ofKind = new ArrayList<>(leaves.stream().filter(c -> kind.equals(c.departmentKind()))
                .filter(c -> c.code().startsWith("03") || c.code().startsWith("04")).toList());
        return ofKind.isEmpty() ? category(EventSource.GRID_PATROL, random) : ofKind.get(random.nextInt(ofKind.size()));
    }

    /** How many days the year has. */
    int days() {
        return days;
    }

    /**
     * How many of {@code total} reports come in on each day: shares of the seasonal and calendar weights, rounded
     * with the remainder carried on, so the days add up to {@code total} exactly.
     */
    long[] perDay(long total) {
        long[] counts = new long[days];
        double carried = 0;
        double previous = 0;
        for (int d = 0; d < days; d++) {
            double exact = total * (cumulativeDay[d] - previous) / cumulativeDay[days - 1] + carried;
            counts[d] = Math.round(exact);
            carried = exact - counts[d];
            previous = cumulativeDay[d];
        }
        return counts;
    }

    /** When on day {@code day} a report from {@code source} comes in, by the source's habits. */
    Instant timeOn(int day, EventSource source, Random random) {
        return first.plusDays(day).atTime(timeOfDay(source, workingDay[day], random)).atZone(zone).toInstant();
    }

    private static LocalTime timeOfDay(EventSource source, boolean working, Random random) {
        int minute = switch (source) {
            // patrols: morning 08:30–11:30 and afternoon 13:30–17:30, a lighter evening round on days off too
            case GRID_PATROL -> random.nextDouble() < (working ? 0.95 : 0.8)
                    ? (random.nextBoolean() ? 510 + random.nextInt(180) : 810 + random.nextInt(240))
                    : 1080 + random.nextInt(150);
            // the hotline is staffed round the clock but most calls come 08:00–21:00, peaking mid-morning
            case HOTLINE, PUBLIC_CITIZEN, PUBLIC_ENTERPRISE, PUBLIC_GOVERNMENT, OPEN311 -> random.nextDouble() < 0.9
                    ? (int) Math.min(1259, Math.max(480, 630 + random.nextGaussian() * 180))
                    : random.nextInt(1440);
            case SENSOR -> random.nextInt(1440);
        };
        return LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
    }
}

package org.shuzhi.event.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shuzhi.platform.PlatformCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi.jar event-statistics-rebuild [from=…] [to=…] [region=…]}: recomputes the daily statistics
 * rollup from the events — after imports that wrote events directly ({@code COPY}, restores) and so marked nothing
 * dirty. Without dates it covers every day with events. Exit codes: 0 done, 2 wrong usage.
 */
@Component
class StatisticsRollupCommand implements PlatformCommand {

    private final StatisticsRollup rollup;
    private final MessageSource messages;

    StatisticsRollupCommand(StatisticsRollup rollup, MessageSource messages) {
        this.rollup = rollup;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "event-statistics-rebuild";
    }

    @Override
    public String usage(Locale locale) {
        return messages.getMessage("event.rollup.usage", null, locale);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, Locale locale) {
        Map<String, String> options = new HashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq < 1 || !List.of("from", "to", "region").contains(argument.substring(0, eq))) {
                out.println(usage(locale));
                return 2;
            }
            options.put(argument.substring(0, eq), argument.substring(eq + 1));
        }
        String region = options.get("region");
        LocalDate from;
        LocalDate to;
        try {
            if (region != null && !region.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
                throw new IllegalArgumentException(region);
            }
            List<LocalDate> days = rollup.eventDays();
            if (days.isEmpty() && (options.get("from") == null || options.get("to") == null)) {
                out.println(messages.getMessage("event.rollup.empty", null, locale));
                return 0;
            }
            from = options.containsKey("from") ? LocalDate.parse(options.get("from")) : days.get(0);
            to = options.containsKey("to") ? LocalDate.parse(options.get("to")) : days.get(1);
            if (from.isAfter(to)) {
                throw new IllegalArgumentException(from + " > " + to);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            out.println(usage(locale));
            return 2;
        }
        long start = System.currentTimeMillis();
        long rows = rollup.rebuild(from, to, region);
        out.println(messages.getMessage("event.rollup.done", new Object[] {from, to, rows,
                System.currentTimeMillis() - start}, locale));
        return 0;
    }
}

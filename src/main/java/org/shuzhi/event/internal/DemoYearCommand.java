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
 * {@code java -jar shuzhi.jar demo-event-year [scale=1.0] [region=320509104] [until=YYYY-MM-DD] [seed=…]
 * [timeline=true]}: generates a demo year of events into the configured database — for a county, each of its
 * townships gets a year; runs of more than 500,000 events commit every 20,000. Exit codes: 0 done, 1 the region
 * has generated events already or no places, 2 wrong usage.
 */
@Component
class DemoYearCommand implements PlatformCommand {

    private final DemoYearGenerator generator;
    private final MessageSource messages;

    DemoYearCommand(DemoYearGenerator generator, MessageSource messages) {
        this.generator = generator;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "demo-event-year";
    }

    @Override
    public String usage(Locale locale) {
        return messages.getMessage("event.demo-year.usage", null, locale);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, Locale locale) {
        Map<String, String> options = new HashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq < 1) {
                out.println(usage(locale));
                return 2;
            }
            options.put(argument.substring(0, eq), argument.substring(eq + 1));
        }
        DemoYearGenerator.Settings settings;
        try {
            String region = options.getOrDefault("region", DemoYearLoader.TOWNSHIP);
            double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
            LocalDate until = LocalDate.parse(options.getOrDefault("until", LocalDate.now().toString()));
            long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DemoYearLoader.SEED)));
            boolean timeline = Boolean.parseBoolean(options.getOrDefault("timeline", "true"));
            if (!region.matches("[0-9]{6}|[0-9]{9}") || !(scale > 0)) {
                throw new IllegalArgumentException(region);
            }
            boolean large = DemoYearGenerator.ACCEPTED_A_YEAR * scale > 500_000;
            settings = new DemoYearGenerator.Settings(region, until, scale, seed, timeline, !large);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            out.println(usage(locale));
            return 2;
        }
        long existing = generator.existing(settings.region());
        if (existing > 0) {
            out.println(messages.getMessage("event.demo-year.exists", new Object[] {existing}, locale));
            return 1;
        }
        long start = System.currentTimeMillis();
        DemoYearGenerator.Progress done = generator.generate(settings);
        out.println(messages.getMessage("event.demo-year.done", new Object[] {done.events(), done.steps(),
                System.currentTimeMillis() - start}, locale));
        return 0;
    }
}

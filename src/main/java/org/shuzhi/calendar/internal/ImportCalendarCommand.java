package org.shuzhi.calendar.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.PlatformCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi.jar import-calendar <file>}: stores one year's arrangement from a CSV file (the format of
 * {@link ArrangementCsv}; the year is that of its dates) as this deployment's own version, and prints what the year
 * now holds — or the problem with its line, writing nothing. Exit codes: 0 stored, 1 the file was rejected,
 * 2 wrong usage or no such file.
 */
@Component
class ImportCalendarCommand implements PlatformCommand {

    private final CalendarUpdates updates;
    private final CalendarCache cache;
    private final WorkingCalendar calendar;
    private final MessageSource messages;

    ImportCalendarCommand(CalendarUpdates updates, CalendarCache cache, WorkingCalendar calendar,
            MessageSource messages) {
        this.updates = updates;
        this.cache = cache;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import-calendar";
    }

    @Override
    public String usage(Locale locale) {
        return messages.getMessage("calendar.cli.usage", null, locale);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, Locale locale) {
        if (arguments.size() != 1) {
            out.println(usage(locale));
            return 2;
        }
        Path file = Path.of(arguments.get(0));
        if (!Files.isRegularFile(file)) {
            out.println(messages.getMessage("calendar.cli.no-file", new Object[] {file.toString()}, locale));
            return 2;
        }
        try {
            Arrangement arrangement = Arrangement.of(null, ArrangementCsv.read(Files.readAllBytes(file)), Where.LINE);
            String actor = "cli:" + System.getProperty("user.name", "unknown");
            updates.replace(arrangement, file.getFileName().toString(),
                    new CalendarUpdates.Actor(actor, null, null));
            cache.reload();
            int year = arrangement.year();
            long workingDays = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
            out.println(messages.getMessage("calendar.cli.done", new Object[] {String.valueOf(year),
                    arrangement.count(SpecialDay.Kind.HOLIDAY), arrangement.count(SpecialDay.Kind.WORKDAY),
                    workingDays}, locale));
            return 0;
        } catch (ApiProblem problem) {
            out.println(messages.getMessage("calendar.cli.failed", new Object[] {
                    messages.getMessage(problem.messageKey(), problem.args(), locale)}, locale));
            return 1;
        } catch (IOException e) {
            out.println(messages.getMessage("calendar.cli.unreadable", new Object[] {file.toString(),
                    e.getMessage()}, locale));
            return 1;
        }
    }
}

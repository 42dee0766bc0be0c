package org.shuzhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Stores the holiday arrangements shipped with Shuzhi ({@code classpath:calendar/cn-holidays-<year>.csv}, from the
 * State Council notices) at start-up: a year the database lacks is added, a bundled year whose file changed in a
 * newer release is replaced, and a year the deployment uploaded itself is left alone. Idempotent: a restart
 * writes nothing. Runs before the demo data (order 50).
 */
@Component
@Order(50)
class BundledArrangements implements ApplicationRunner {

    static final String LOCATION = "classpath*:calendar/cn-holidays-*.csv";
    private static final Pattern FILE_NAME = Pattern.compile("cn-holidays-(\\d{4})\\.csv");

    private final CalendarUpdates updates;
    private final CalendarCache cache;

    BundledArrangements(CalendarUpdates updates, CalendarCache cache) {
        this.updates = updates;
        this.cache = cache;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        boolean changed = false;
        for (Resource file : files) {
            changed |= updates.offerBundled(read(file), "classpath:calendar/" + file.getFilename());
        }
        if (!changed) {
            cache.reload();
        }
    }

    /** The arrangement in a bundled file; a broken one is a defect of the release, so start-up fails. */
    static Arrangement read(Resource file) {
        Matcher name = FILE_NAME.matcher(String.valueOf(file.getFilename()));
        if (!name.matches()) {
            throw new IllegalStateException("bundled calendar file not named cn-holidays-<year>.csv: " + file);
        }
        try (InputStream in = file.getInputStream()) {
            return Arrangement.of(Integer.parseInt(name.group(1)), ArrangementCsv.read(in.readAllBytes()),
                    Where.LINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.shuzhi.platform.ApiProblem problem) {
            throw new IllegalStateException("bundled calendar file " + file.getFilename() + " is broken: "
                    + problem.messageKey() + " " + problem.properties(), problem);
        }
    }
}

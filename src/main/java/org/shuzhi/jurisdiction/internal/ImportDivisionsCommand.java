package org.shuzhi.jurisdiction.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.shuzhi.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi.jar import-divisions <dir>}: imports the division files in {@code dir} into the configured
 * database, prints the report (or the problem, with file and line) and exits with 0 on success, 1 when the files
 * were rejected, 2 on wrong usage, 3 on any other failure. Active only in command mode, see
 * {@link ImportCommandEnvironment}. Messages are in Chinese when the JVM's default language is Chinese, in English
 * otherwise.
 *
 * <p>With {@code shuzhi.jurisdiction.command.exit=false} (tests) the JVM is not ended; the code is then available
 * through {@link SpringApplication#exit}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = ImportCommandEnvironment.MODE_PROPERTY, havingValue = ImportCommandEnvironment.COMMAND)
class ImportDivisionsCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ImportDivisionsCommand.class);

    private final DivisionImporter importer;
    private final MessageSource messages;
    private final ApplicationContext context;
    private final boolean exitJvm;
    private final PrintStream out = System.out;
    private int exitCode;

    ImportDivisionsCommand(DivisionImporter importer, MessageSource messages, ApplicationContext context,
            @Value("${shuzhi.jurisdiction.command.exit:true}") boolean exitJvm) {
        this.importer = importer;
        this.messages = messages;
        this.context = context;
        this.exitJvm = exitJvm;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(args.getNonOptionArgs());
        out.flush();
        if (exitJvm) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private int execute(List<String> arguments) {
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        if (arguments.size() != 2) {
            out.println(messages.getMessage("jurisdiction.cli.usage", null, locale));
            return 2;
        }
        try (ImportSource source = ImportSource.directory(Path.of(arguments.get(1)))) {
            ImportReport report = importer.importFrom(source, ImportProgress.NONE);
            out.println(messages.getMessage("jurisdiction.cli.done", new Object[] {report.read(), report.inserted(),
                    report.updated(), report.unchanged(), report.totalMillis(), report.rowsPerSecond()}, locale));
            for (ImportReport.LevelReport level : report.levels()) {
                out.println(messages.getMessage("jurisdiction.cli.level", new Object[] {
                        messages.getMessage("jurisdiction.level." + level.level(), null, locale), level.file(),
                        level.read(), level.inserted(), level.updated(), level.unchanged()}, locale));
            }
            return 0;
        } catch (ApiProblem problem) {
            out.println(messages.getMessage("jurisdiction.cli.failed", new Object[] {
                    messages.getMessage(problem.messageKey(), problem.args(), locale)}, locale));
            return 1;
        } catch (RuntimeException failure) {
            // not the files' fault (database down, disk full): the details belong in the log
            log.error("Division import failed", failure);
            out.println(messages.getMessage("jurisdiction.cli.failed", new Object[] {failure.toString()}, locale));
            return 3;
        }
    }
}

package org.shuzhi.jurisdiction.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.PlatformCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi.jar import-divisions <dir>}: imports the division files in {@code dir} into the configured
 * database and prints the report, or the problem with file and line. Exit codes: 0 imported, 1 the files were
 * rejected (nothing written), 2 wrong usage.
 */
@Component
class ImportDivisionsCommand implements PlatformCommand {

    private final DivisionImporter importer;
    private final MessageSource messages;

    ImportDivisionsCommand(DivisionImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import-divisions";
    }

    @Override
    public String usage(Locale locale) {
        return messages.getMessage("jurisdiction.cli.usage", null, locale);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, Locale locale) {
        if (arguments.size() != 1) {
            out.println(usage(locale));
            return 2;
        }
        try (ImportSource source = ImportSource.directory(Path.of(arguments.get(0)))) {
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
        }
    }
}

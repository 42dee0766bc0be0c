package org.shuzhi.platform.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shuzhi.platform.PlatformCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link PlatformCommand} named by the first argument, prints its output in Chinese when the JVM's default
 * language is Chinese (English otherwise) and exits with its code. An unknown name lists the commands there are.
 *
 * <p>With {@code shuzhi.command.exit=false} (tests) the JVM is not ended; the code is then available through
 * {@link SpringApplication#exit}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(CommandModeEnvironment.COMMAND_PROPERTY)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final List<PlatformCommand> commands;
    private final ApplicationContext context;
    private final boolean exitJvm;
    private final PrintStream out = System.out;
    private int exitCode;

    CommandRunner(List<PlatformCommand> commands, ApplicationContext context,
            @Value("${shuzhi.command.exit:true}") boolean exitJvm) {
        this.commands = commands;
        this.context = context;
        this.exitJvm = exitJvm;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> arguments = args.getNonOptionArgs();
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        exitCode = find(arguments.get(0))
                .map(command -> execute(command, arguments.subList(1, arguments.size()), locale))
                .orElseGet(() -> listCommands(arguments.get(0), locale));
        out.flush();
        if (exitJvm) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private Optional<PlatformCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private int execute(PlatformCommand command, List<String> arguments, Locale locale) {
        try {
            return command.run(arguments, out, locale);
        } catch (RuntimeException failure) {
            // not the input's fault (database down, disk full): the details belong in the log
            log.error("Command {} failed", command.name(), failure);
            out.println(command.name() + ": " + failure);
            return 3;
        }
    }

    private int listCommands(String unknown, Locale locale) {
        out.println((locale.getLanguage().equals("zh") ? "未知命令：" : "Unknown command: ") + unknown);
        commands.forEach(command -> out.println("  " + command.usage(locale)));
        return 2;
    }
}

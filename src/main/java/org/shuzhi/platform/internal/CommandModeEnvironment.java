package org.shuzhi.platform.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Switches the application into command mode when its first argument is not an {@code --option}
 * ({@code java -jar shuzhi.jar import-divisions <dir>}): no web server, no demo data, and
 * {@code shuzhi.command=<name>} so that {@link CommandRunner} runs it. These settings take precedence over every
 * other property source. Registered in {@code META-INF/spring.factories}: it must act before the application
 * context — and with it the web server — is created.
 */
class CommandModeEnvironment implements EnvironmentPostProcessor {

    static final String COMMAND_PROPERTY = "shuzhi.command";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String command = firstNonOptionArgument(environment);
        if (command != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("shuzhiCommandMode", Map.of(
                    "spring.main.web-application-type", "none",
                    "shuzhi.demo.enabled", "false",
                    COMMAND_PROPERTY, command)));
        }
    }

    /** The first argument that is not an {@code --option}, from Spring Boot's command-line property source. */
    private static String firstNonOptionArgument(ConfigurableEnvironment environment) {
        PropertySource<?> source = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (source instanceof CommandLinePropertySource<?> commandLine) {
            String arguments = commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
            if (arguments != null && !arguments.isEmpty()) {
                // the values are joined with commas; a command name has none
                int comma = arguments.indexOf(',');
                return comma < 0 ? arguments : arguments.substring(0, comma);
            }
        }
        return null;
    }
}

package org.shuzhi.jurisdiction.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Switches the application into command mode when it is started as {@code java -jar shuzhi.jar import-divisions
 * <dir>}: no web server ({@code spring.main.web-application-type=none}) and no demo data
 * ({@code shuzhi.demo.enabled=false}, for every module's demo loader), and marks the mode with
 * {@code shuzhi.jurisdiction.command} so that {@link ImportDivisionsCommand} runs. These settings take precedence
 * over every other property source. Registered in {@code META-INF/spring.factories}: it must act before the
 * application context — and with it the web server — is created.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

    static final String COMMAND = "import-divisions";
    static final String MODE_PROPERTY = "shuzhi.jurisdiction.command";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (COMMAND.equals(firstNonOptionArgument(environment))) {
            environment.getPropertySources().addFirst(new MapPropertySource("jurisdictionImportCommand", Map.of(
                    "spring.main.web-application-type", "none",
                    "shuzhi.demo.enabled", "false",
                    MODE_PROPERTY, COMMAND)));
        }
    }

    /** The first argument that is not an {@code --option}, from Spring Boot's command-line property source. */
    private static String firstNonOptionArgument(ConfigurableEnvironment environment) {
        PropertySource<?> source = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (source instanceof CommandLinePropertySource<?> commandLine) {
            String arguments = commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
            if (arguments != null && !arguments.isEmpty()) {
                // the values are joined with commas; the command name itself has none
                int comma = arguments.indexOf(',');
                return comma < 0 ? arguments : arguments.substring(0, comma);
            }
        }
        return null;
    }
}

package org.shuzhi.platform;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A task run from the command line instead of the web platform: {@code java -jar shuzhi.jar <name> [arguments]}.
 * In command mode the platform starts no web server and loads no demo data; it runs the command whose
 * {@link #name()} matches the first argument against the configured database and exits with its code.
 *
 * <p>Modules contribute commands as beans. Exit codes: 0 done, 1 the input or the data was rejected, 2 wrong usage,
 * 3 any other failure (the platform reports it).
 */
public interface PlatformCommand {

    /** The word that selects this command, e.g. {@code import-divisions}. */
    String name();

    /** A one-line usage text in the given language, shown when no command matches. */
    String usage(Locale locale);

    /**
     * Runs the command.
     *
     * @param arguments the arguments after the command's name
     * @param out       where to print what the user should read
     * @param locale    the language for that text
     * @return the exit code
     */
    int run(List<String> arguments, PrintStream out, Locale locale);
}

package org.entente.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.entente.InputError;
import org.kie.api.KieServices;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A rules-engine scenario analyser for geopolitics: article facts in, tensions and alignments out.",
        subcommands = {AnalyseCommand.class, WhatIfCommand.class, ExplainCommand.class, TestCommand.class,
                SweepCommand.class, ReportCommand.class, TimelineCommand.class, ServeCommand.class, RulesCommand.class,
                BenchCommand.class, VocabularyCommand.class, DraftCommand.class, CompareCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for input the user can fix: a bad pack, scenario, rule or option. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a fault of Entente itself. */
    public static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests with their own output writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setExecutionStrategy(Main::execute);
        commandLine.setParameterExceptionHandler((problem, args) -> {
            CommandLine command = problem.getCommandLine();
            command.getErr().println("entente: " + problem.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return commandLine;
    }

    private static int execute(ParseResult parseResult) {
        // Set on every run, not only with --verbose: one JVM may run several commands (tests, embedding).
        boolean verbose = verbose(parseResult);
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(verbose ? Level.INFO : Level.WARN);
        for (String name : QuietLogging.SILENCED) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(verbose ? Level.INFO : Level.OFF);
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult at = parseResult; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** One handler for every command: user errors are one line and exit 2; anything else exits 3. */
    static final class ErrorHandler implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            boolean verbose = verbose(parseResult);
            if (error instanceof InputError input) {
                err.println("entente: " + input.oneLine());
                if (verbose) {
                    error.printStackTrace(err);
                }
                return BAD_INPUT;
            }
            err.println("entente: internal error: " + error + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                error.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"entente " + (version == null ? "(development build, not packaged)" : version),
                    "Drools " + KieServices.class.getPackage().getImplementationVersion(),
                    "Java " + Runtime.version()};
        }
    }
}

package org.edgaretl.cli;

import java.io.PrintWriter;

import org.edgaretl.EdgarEtlApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code edgar-etl} command and its subcommands; parses arguments before any Spring context starts. */
@Command(name = "edgar-etl", mixinStandardHelpOptions = true, versionProvider = EdgarEtlCommand.Version.class,
        description = "Turns SEC EDGAR filings into warehouse-ready rows.",
        subcommands = {FetchCommand.class, IngestCommand.class, StatusCommand.class, HistoryCommand.class, RestartCommand.class,
                RecoverCommand.class, ReprocessRejectsCommand.class, LoadCommand.class, EvalCommand.class,
                WorkerCommand.class})
public final class EdgarEtlCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on failure, print stack traces and Spring's reports on stderr (by default: one line)")
    void debug(boolean on) {
        Debug.enable(on);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example: ingest");
    }

    public static int execute(String... args) {
        Debug.enable(false);
        CommandLine cli = new CommandLine(new EdgarEtlCommand());
        cli.setParameterExceptionHandler(EdgarEtlCommand::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (Debug.enabled()) {
                e.printStackTrace(err);
            }
            int exit = e instanceof CommandFailure failure ? failure.exitCode() : ExitCodes.CANNOT_START;
            String line = e instanceof CommandFailure ? e.getMessage() : oneLine(e);
            err.println("edgar-etl: " + line + (Debug.enabled() ? "" : " (--debug for details)"));
            err.flush();
            return exit;
        });
        return cli.execute(args);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("edgar-etl: " + e.getMessage() + " (see --help)");
        return ExitCodes.USAGE;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** {@code --version}: the version the jar was built as, the same that each run's manifest records. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"edgar-etl " + EdgarEtlApplication.version()};
        }
    }
}

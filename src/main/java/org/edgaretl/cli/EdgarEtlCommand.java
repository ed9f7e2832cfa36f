package org.edgaretl.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edgar-etl} command and its subcommands; parses arguments before any Spring context starts. */
@Command(name = "edgar-etl", mixinStandardHelpOptions = true, version = "edgar-etl 0.1.0",
        description = "Turns SEC EDGAR filings into warehouse-ready rows.",
        subcommands = {FetchCommand.class, IngestCommand.class, StatusCommand.class, HistoryCommand.class, RestartCommand.class,
                RecoverCommand.class, ReprocessRejectsCommand.class, LoadCommand.class, EvalCommand.class,
                WorkerCommand.class})
public final class EdgarEtlCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example: ingest");
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new EdgarEtlCommand());
        cli.setParameterExceptionHandler(EdgarEtlCommand::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("edgar-etl: " + oneLine(e));
            return ExitCodes.CANNOT_START;
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
}

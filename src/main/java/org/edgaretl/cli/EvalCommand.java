package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.edgaretl.eval.EvalReport;
import org.edgaretl.eval.LabelEvaluator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: scores an output directory against hand-checked labels, per era, exactly as
 * {@code evaluate.py} does. Runs without Spring.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score an output directory against labelled filings (per-era field accuracy, event, exhibit and "
                + "financing precision/recall).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--labels", paramLabel = "DIR", defaultValue = "src/test/resources/labels",
            description = "directory of label *.json files (default: ${DEFAULT-VALUE})")
    Path labels;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "output directory of a run over the labelled filings (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--json", description = "print the figures and every miss as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(labels)) {
            System.err.println("edgar-etl: labels directory not found: " + labels.toAbsolutePath());
            return ExitCodes.CANNOT_START;
        }
        if (!Files.isRegularFile(output.resolve("filings.csv"))) {
            System.err.println("edgar-etl: no filings.csv in " + output.toAbsolutePath());
            return ExitCodes.CANNOT_START;
        }
        EvalReport report = LabelEvaluator.evaluate(labels, output);
        System.out.print(json ? report.json() : report.text());
        return ExitCodes.OK;
    }
}

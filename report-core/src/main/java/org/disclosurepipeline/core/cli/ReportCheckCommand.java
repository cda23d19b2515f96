package org.disclosurepipeline.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.document.DocumentFormat;
import org.disclosurepipeline.core.document.DocumentReader;
import org.disclosurepipeline.core.document.UnreadableDocumentException;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.json.ReportJson;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar report-check.jar [--agency CODE] [--year N] FILE...}: one JSON line per file,
 * {@code {"file","verdict","report","findings"}}. Exit 0 when every report is VALIDATED, 1 when any is REJECTED,
 * 2 on a usage or I/O error.
 */
@Command(name = "report-check", mixinStandardHelpOptions = true, version = "report-check 0.1",
        description = "Parses annual reports on government information disclosure and checks them against the rule "
                + "catalogue. Prints one JSON line per file.")
public final class ReportCheckCommand implements Callable<Integer> {

    static final int ALL_VALIDATED = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE_OR_IO_ERROR = 2;

    @Option(names = "--agency", paramLabel = "CODE", description = "9-digit code of the agency the reports are for.")
    String agency;

    @Option(names = "--year", paramLabel = "N", description = "The report year the reports are submitted for.")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, html, docx or pdf; detected from the "
            + "content when not given.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Report files: text (UTF-8 or GB18030/GBK), HTML, Word (.docx) or PDF.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (agency != null && !agency.matches("\\d{9}")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--agency must be a 9-digit township code, got '" + agency + "'");
        }
        DocumentFormat given;
        try {
            given = format == null ? null : DocumentFormat.fromCode(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        ReportChecker checker = ReportChecker.standard();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ioError = false;
        boolean rejected = false;
        for (Path file : files) {
            String text;
            try {
                text = DocumentReader.read(Files.readAllBytes(file), given);
            } catch (IOException | UnreadableDocumentException | RuntimeException e) {
                err.println("report-check: cannot read " + file + ": " + describe(e));
                ioError = true;
                continue;
            }
            ReportChecker.CheckResult result = checker.check(text, new Submission(agency, null, year, null));
            rejected |= result.validation().verdict() == Verdict.REJECTED;
            out.println(line(file, result));
            out.flush();
        }
        return ioError ? USAGE_OR_IO_ERROR : rejected ? SOME_REJECTED : ALL_VALIDATED;
    }

    private static String line(Path file, ReportChecker.CheckResult result) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("file", file.toString());
        node.put("verdict", result.validation().verdict().name());
        node.set("report", ReportJson.toTree(result.report()));
        node.set("findings", Json.mapper().valueToTree(result.validation().findings()));
        return node.toString();
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof UnreadableDocumentException ? e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    public static void main(String[] args) {
        // POI logs through Log4j API; without a provider it would complain on stderr
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        CommandLine cli = new CommandLine(new ReportCheckCommand());
        cli.setParameterExceptionHandler((ex, a) -> {
            cli.getErr().println("report-check: " + ex.getMessage());
            cli.usage(cli.getErr());
            return USAGE_OR_IO_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("report-check: " + ex);
            return USAGE_OR_IO_ERROR;
        });
        System.exit(cli.execute(args));
    }
}

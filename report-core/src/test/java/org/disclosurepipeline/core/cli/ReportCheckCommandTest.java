package org.disclosurepipeline.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.parse.Seeds;
import org.disclosurepipeline.core.synthetic.HtmlRenderer;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.template.TemplateVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCheckCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ReportCheckCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aValidatedSeedPrintsOneJsonLineAndExitsZero() throws Exception {
        Path seed = Files.writeString(dir.resolve("001.txt"), Seeds.text("001"));
        assertThat(run("--agency", "610722114", "--year", "2024", seed.toString())).isZero();
        JsonNode line = Json.mapper().readTree(out.toString().strip());
        assertThat(line.get("file").asText()).isEqualTo(seed.toString());
        assertThat(line.get("verdict").asText()).isEqualTo("VALIDATED");
        assertThat(line.at("/report/year").asInt()).isEqualTo(2024);
        assertThat(line.get("findings").isArray()).isTrue();
    }

    @Test
    void aGbkEncodedSeedReadsLikeTheUtf8One() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), Seeds.text("003"));
        Path gbk = Files.write(dir.resolve("gbk.txt"), Seeds.text("003").getBytes(Charset.forName("GBK")));
        assertThat(run(utf8.toString(), gbk.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode a = Json.mapper().readTree(lines[0]);
        JsonNode b = Json.mapper().readTree(lines[1]);
        assertThat(b.get("report")).isEqualTo(a.get("report"));
    }

    @Test
    void anHtmlPageIsDetectedAndRead() throws Exception {
        SyntheticReport report = new ReportGenerator(5).next(TemplateVersion.V2021);
        Path page = Files.write(dir.resolve("report.html"),
                new HtmlRenderer().render(report).getBytes(StandardCharsets.UTF_8));
        run(page.toString());
        JsonNode line = Json.mapper().readTree(out.toString().strip());
        assertThat(line.at("/report/templateVersion").asText()).isEqualTo("2021");
        assertThat(line.at("/report/applications/newReceived/total").asLong())
                .isEqualTo(report.get("applications.newReceived.total").longValue());
    }

    @Test
    void aBrokenTableIsRejectedWithExitOne() throws Exception {
        String broken = Seeds.text("002").replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                "二、上年结转政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t0\t");
        Path file = Files.writeString(dir.resolve("broken.txt"), broken);
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"verdict\":\"REJECTED\"").contains("R-T3-ROW-TOTAL");
    }

    @Test
    void usageAndIoErrorsExitTwoWithAClearMessage() throws Exception {
        assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.txt").contains("no such file");

        Path noise = Files.write(dir.resolve("noise.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});
        assertThat(run(noise.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a readable PDF");

        assertThat(run("--format", "xls", noise.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xls'");
    }
}

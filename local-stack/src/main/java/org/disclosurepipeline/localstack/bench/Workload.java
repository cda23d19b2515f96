package org.disclosurepipeline.localstack.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionLevel;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * The reports a benchmark phase uploads: one synthetic report (the project's generator, printed as tab-separated
 * text) for each of N distinct real townships of the registry, drawn across the whole country.
 */
public final class Workload {

    /** One report to upload. */
    public record Report(String agencyCode, int year, byte[] text) {
    }

    private Workload() {
    }

    /** N distinct townships in a fixed random order (the same for every run with the same seed). */
    public static List<Region> townships(int n, long seed) {
        List<Region> all = new ArrayList<>(RegionRegistry.bundled().all().stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP).toList());
        if (n > all.size()) {
            throw new IllegalArgumentException("the registry has " + all.size() + " townships, not " + n);
        }
        all.sort((a, b) -> a.code().compareTo(b.code()));
        Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, n));
    }

    /** A report of {@code year} for each township, as its office would upload it. */
    public static List<Report> reports(List<Region> townships, int year, long seed) {
        ReportGenerator generator = new ReportGenerator(seed);
        ReportTextRenderer renderer = new ReportTextRenderer(TextLayout.TAB_ROWS, seed);
        List<Report> reports = new ArrayList<>(townships.size());
        for (Region township : townships) {
            SyntheticReport drawn = generator.next(TemplateVersion.V2021);
            String agency = township.name() + (township.name().endsWith("街道") ? "办事处" : "人民政府");
            SyntheticReport report = new SyntheticReport(agency, year, TemplateVersion.V2021, drawn.figures(),
                    LocalDate.of(year + 1, 1, 10));
            reports.add(new Report(township.code(), year,
                    renderer.render(report).getBytes(StandardCharsets.UTF_8)));
        }
        return reports;
    }

    static double meanKilobytes(List<Report> reports) {
        return reports.stream().mapToInt(r -> r.text().length).average().orElse(0) / 1024;
    }
}

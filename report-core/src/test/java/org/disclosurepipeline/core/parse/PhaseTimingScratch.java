package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.disclosurepipeline.core.template.SectionId;

public class PhaseTimingScratch {
    public static void main(String[] args) {
        TextLayout layout = TextLayout.valueOf(args[0]);
        ReportGenerator g = new ReportGenerator(1);
        ReportTextRenderer r = new ReportTextRenderer(layout, 1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) texts.add(r.render(g.next()));
        long[] t = new long[8];
        for (int round = 0; round < 40; round++) {
            if (round == 20) java.util.Arrays.fill(t, 0);
            for (String text : texts) {
                long a = System.nanoTime();
                DocumentLines doc = DocumentLines.of(text);
                long b = System.nanoTime();
                Map<SectionId, SectionSplitter.Span> spans = SectionSplitter.split(doc);
                long c = System.nanoTime();
                SectionSplitter.Span s2 = spans.get(SectionId.ACTIVE_DISCLOSURE);
                TableRegion r2 = TableRegion.of(doc, s2.bodyStart(), s2.bodyEnd());
                SectionSplitter.Span s3 = spans.get(SectionId.APPLICATIONS);
                TableRegion r3 = TableRegion.of(doc, s3.bodyStart(), s3.bodyEnd());
                long d = System.nanoTime();
                ActiveDisclosureTableReader.read(r2);
                long e = System.nanoTime();
                ApplicationsTableReader.read(r3);
                long f = System.nanoTime();
                new ReportParser().parse(text);
                long h = System.nanoTime();
                t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += h - f;
            }
        }
        String[] names = {"lines", "sections", "tokenize T2+T3", "read T2", "read T3", "full parse"};
        for (int i = 0; i < 6; i++) System.out.printf("%-16s %8.1f µs%n", names[i], t[i] / 1000.0 / (20 * 500));
    }
}

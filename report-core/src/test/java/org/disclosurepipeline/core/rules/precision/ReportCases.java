package org.disclosurepipeline.core.rules.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;

/**
 * Whole-report cases of issue 17 and of the peer's tests that are not sentences: a seed changed in one place, the
 * findings expected beyond those of the unchanged seed (by rule code).
 */
final class ReportCases {

    record Case(String name, Supplier<SeedMutation> report, Supplier<SeedMutation> control, List<String> expected) {

        Case(String name, Supplier<SeedMutation> report, List<String> expected) {
            this(name, report, () -> SeedMutation.seed("003"), expected);
        }
    }

    private ReportCases() {
    }

    static SeedMutation t2Cell(String token) {
        return SeedMutation.seed("003").replace("行政许可\n\t0\n", "行政许可\n\t" + token + "\n");
    }

    static SeedMutation t3Cell(String token) {
        return SeedMutation.seed("003").replace("（一）予以公开\n\t0\n", "（一）予以公开\n\t" + token + "\n");
    }

    static SeedMutation strayHeading() {
        return SeedMutation.seed("003").replaceBetween("五、存在的主要问题及改进情况", "六、其他需要报告的事项", "无。")
                .replace("五、存在的主要问题及改进情况", "l六、存在的主要问题及改进情况");
    }

    static SeedMutation fee(String amount) {
        return SeedMutation.seed("003").replace("行政事业性收费\n\t0\n", "行政事业性收费\n\t" + amount + "\n");
    }

    /** The headings of the peer's test: 二 to 六 numbered one too high, 五 with a stray l before it. */
    static SeedMutation misnumbered() {
        return SeedMutation.seed("003").replace("二、主动公开政府信息情况", "三、主动公开政府信息情况")
                .replace("三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况")
                .replace("四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开行政复议、行政诉讼情况")
                .replace("五、存在的主要问题及改进情况", "l六、存在的主要问题及改进情况")
                .replace("六、其他需要报告的事项", "七、其他需要报告的事项");
    }

    /** Seed 002 with every cell of T3 written '/'. */
    static SeedMutation blankT3() {
        SeedMutation seed = SeedMutation.seed("002");
        String text = seed.text();
        int from = text.indexOf("三、收到和处理政府信息公开申请情况");
        int to = text.indexOf("四、政府信息公开行政复议");
        return SeedMutation.text(text.substring(0, from) + text.substring(from, to).replace("\t0", "\t/")
                + text.substring(to)).submittedAs("410425108", 2024);
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String empty : List.of("", "/", "—", "-", "--", "不适用", "N/A", "无")) {
            cases.add(new Case("T2 cell '" + empty + "'", () -> t2Cell(empty), List.of("R-FMT-EMPTY-CELL")));
        }
        cases.add(new Case("T2 cell 'abc'", () -> t2Cell("abc"), List.of("R-NUM-VALID")));
        cases.add(new Case("T3 cell '不适用'", () -> t3Cell("不适用"),
                List.of("R-FMT-EMPTY-CELL")));
        cases.add(new Case("heading 和 for 及", () -> SeedMutation.seed("003").replace("五、存在的主要问题及改进情况",
                "五、存在的主要问题和改进情况"), List.of()));
        cases.add(new Case("stray character before a heading", ReportCases::strayHeading,
                List.of("R-FMT-SECTIONS", "R-TXT-SEC5")));
        cases.add(new Case("fee 3415.74 万元 of a county", () -> fee("3415.74").submittedAs("120119", 2024),
                () -> SeedMutation.seed("003").submittedAs("120119", 2024), List.of()));
        cases.add(new Case("fee 3415.74 万元 of a township", () -> fee("3415.74"), List.of("R-T2-FEE-UNIT")));
        cases.add(new Case("the peer's misnumbered headings", ReportCases::misnumbered,
                List.of("R-FMT-SECTIONS", "R-FMT-SECTIONS", "R-FMT-SECTIONS", "R-FMT-SECTIONS", "R-FMT-SECTIONS")));
        cases.add(new Case("T3 left blank ('/')", ReportCases::blankT3, () -> SeedMutation.seed("002"),
                List.of("R-FMT-MOSTLY-BLANK", "R-FMT-EMPTY-CELL")));
        return cases;
    }

    static void run(Case c, Tally tally) {
        List<Finding> raised = new ArrayList<>(c.report().get().validate().findings());
        for (Finding f : c.control().get().validate().findings()) {
            raised.stream().filter(r -> r.rule().equals(f.rule()) && r.message().equals(f.message())).findFirst()
                    .ifPresent(raised::remove);
        }
        // the checks an expected empty cell leaves NOT_ASSESSABLE follow from it: only failures are counted
        tally.count(c.name(), c.expected(), raised.stream().filter(f -> f.status() == FindingStatus.FAIL)
                .map(Finding::rule).toList());
    }
}

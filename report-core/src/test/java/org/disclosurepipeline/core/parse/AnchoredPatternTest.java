package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of AnchoredPattern (anchors, a required word, a number in the sentence) must never change what the
 * plain expression finds: every pattern the parser uses is checked against {@code Matcher.find()} on random prose
 * made of the words the patterns look for.
 */
class AnchoredPatternTest {

    private static final String[] PIECES = {"主动公开", "政府信息", "信息", "申请", "收到", "受理", "接到", "接收", "办结",
        "答复", "结转", "行政复议", "行政诉讼", "和", "或", "、", "及", "未", "没有", "无", "引发", "发生", "依申请公开", "件",
        "条", "起", "0", "1", "12", "305", " ", "\t", "\n", "。", "；", "，", ",", "镇", "本年", "统计期限", "为", "自",
        "2024年1月1日", "至", "2024年12月31日", "年", "月", "日"};

    @Test
    void findsWhatThePlainExpressionFinds() {
        Random random = new Random(20241231);
        List<AnchoredPattern> patterns = new ArrayList<>(NarrativeReader.patterns());
        patterns.add(MetadataReader.PERIOD);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = prose(random);
            for (AnchoredPattern pattern : patterns) {
                Matcher expected = pattern.pattern().matcher(text);
                Matcher found = pattern.find(text);
                if (!expected.find()) {
                    assertThat(found).as("%s in %s", pattern.pattern(), text).isNull();
                    continue;
                }
                matches++;
                assertThat(found).as("%s in %s", pattern.pattern(), text).isNotNull();
                assertThat(found.start()).as("%s in %s", pattern.pattern(), text).isEqualTo(expected.start());
                assertThat(found.group()).as("%s in %s", pattern.pattern(), text).isEqualTo(expected.group());
            }
        }
        // the random prose must exercise the patterns, not only their absence
        assertThat(matches).isGreaterThan(12_000); // counts of applications and cases are read by NarrativeFigures now
    }

    /** Statements shaped as the patterns expect, broken here and there, among random words. */
    private static String prose(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                text.append(pick(random, PIECES));
            } else {
                statement(random, text);
            }
        }
        return text.toString();
    }

    private static void statement(Random random, StringBuilder out) {
        switch (random.nextInt(9)) {
            case 0 -> out.append("主动公开").append(filler(random)).append("信息").append(spaces(random))
                    .append(number(random)).append(spaces(random)).append("条");
            case 1 -> out.append(pick(random, "收到", "受理", "接到", "接收")).append(filler(random)).append("申请")
                    .append(filler(random)).append(number(random)).append(spaces(random)).append("件");
            case 2 -> out.append(pick(random, "办结", "答复", "结转")).append(filler(random)).append(number(random))
                    .append(spaces(random)).append("件");
            case 3 -> out.append(pick(random, "行政复议", "行政诉讼")).append(spaces(random)).append(number(random))
                    .append(spaces(random)).append(pick(random, "起", "件", "次"));
            case 4 -> out.append(pick(random, "未", "没有")).append(pick(random, "收到", "接到", "受理", "办理"))
                    .append(filler(random)).append("申请");
            case 5 -> out.append(pick(random, "无依申请公开", "依申请公开")).append(filler(random)).append("0")
                    .append(spaces(random)).append("件");
            case 6 -> out.append("未").append(pick(random, "引发", "发生", "产生", "")).append(filler(random))
                    .append("行政复议").append(pick(random, "和", "或", "、", "及", "", "与")).append("行政诉讼");
            case 7 -> out.append("无行政复议").append(pick(random, "和", "或", "、", "及", "", "与")).append("行政诉讼");
            default -> out.append("统计期限").append(filler(random)).append(date(random)).append(filler(random))
                    .append("至").append(spaces(random)).append(date(random));
        }
    }

    /** Zero to twenty characters, now and then a digit or a mark that ends the sentence. */
    private static String filler(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(4) == 0 ? random.nextInt(21) : random.nextInt(5);
        for (int i = 0; i < length; i++) {
            out.append(pick(random, "政", "府", "镇", "的", "共", "计", "信", "息", "申", "请", "，", ",", " ",
                    random.nextInt(10) == 0 ? "。" : "了", random.nextInt(10) == 0 ? "；" : "为",
                    random.nextInt(8) == 0 ? "7" : "年"));
        }
        return out.toString();
    }

    private static String spaces(Random random) {
        return pick(random, "", "", " ", "  ", "\t");
    }

    private static String number(Random random) {
        return pick(random, "0", "3", "12", "305", "", "x");
    }

    private static String date(Random random) {
        return (2023 + random.nextInt(2)) + pick(random, "年", " 年 ") + (1 + random.nextInt(12)) + "月"
                + (1 + random.nextInt(31)) + pick(random, "日", "");
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}

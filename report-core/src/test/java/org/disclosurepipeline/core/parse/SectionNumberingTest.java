package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heading numbering is read by hand; it must read exactly what the regular expression it replaced read. */
class SectionNumberingTest {

    /** The expression the splitter used before: the specification of what numbering is. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第?([一二三四五六])[、.,，\\s]|(\\d)\\s*[、.,，]|[（(]\\s*([一二三四五六\\d])\\s*[）)]|([一二三四五六])\\s)\\s*");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、总体情况|2", "第二、主动公开|3", "3、收到和处理|2", "3 . 其他|4", "（四）政府信息|3", "( 5 ) 存在|6",
        "五 其他需要|2", "总体情况|0", "七、其他|0", "12、问题|0", "（一|0", "第七、|0"})
    void readsTheNumberingOfAHeading(String line, int length) {
        assertThat(SectionSplitter.numberingLength(line)).isEqualTo(length);
    }

    @Test
    void agreesWithTheExpressionOnRandomLines() {
        String[] pieces = {"第", "一", "二", "六", "七", "1", "3", "12", "、", ".", ",", "，", " ", "\t", "（", "(", "）", ")",
            "总体", "情况", "　"};
        Random random = new Random(6);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(7); i >= 0; i--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher m = NUMBERING.matcher(line);
            assertThat(SectionSplitter.numberingLength(line.toString())).as("'%s'", line)
                    .isEqualTo(m.lookingAt() ? m.end() : 0);
        }
    }
}

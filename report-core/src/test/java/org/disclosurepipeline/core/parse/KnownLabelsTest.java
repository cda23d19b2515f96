package org.disclosurepipeline.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Label numbering is read by hand; it must say what the regular expression (the specification, here) says. */
class KnownLabelsTest {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+\\s*[.．、])");

    @Test
    void tellsNumberedLabels() {
        assertThat(KnownLabels.isNumbered("三、本年度办理结果")).isTrue();
        assertThat(KnownLabels.isNumbered("（六）其他处理")).isTrue();
        assertThat(KnownLabels.isNumbered("12 . 其他")).isTrue();
        assertThat(KnownLabels.isNumbered("本年新收")).isFalse();
        assertThat(KnownLabels.isNumbered("（）空")).isFalse();
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        String[] pieces = {"一", "三", "十", "二十", "、", ".", "．", "（", "(", "）", ")", "1", "23", " ", "\t", "　", "本年", "x"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(KnownLabels.isNumbered(text.toString())).as("'%s'", text)
                    .isEqualTo(NUMBERED.matcher(text).lookingAt());
        }
    }
}

package org.disclosurepipeline.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text the PDF reader makes of a real published PDF (淮安市 2024, exported from Word by WPS): what the parser is
 * handed, checked line by line for each thing such a PDF does to its tables and headings.
 */
class PdfTablesTest {

    private static final String TEXT = text();

    private static String text() {
        try {
            return DocumentReader.read(RealDocument.load("huaian-city-2024.expect.json").bytes(), null);
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines() {
        return TEXT.lines().map(String::strip).toList();
    }

    @Test
    void headingsDrawnWiderThanTheirFontKeepTheirWordsTogether() {
        // pdftotext-style columns put spaces inside them ('一、总 体情况'): the font is drawn at 16 pt, said to be 15
        assertThat(lines()).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(TEXT).contains("全市共受理政府信息公开申请 3119件");
    }

    @Test
    void tableRowsComeAsTabSeparatedCellsWithTheVerticalGroupLabelInOneCell() {
        assertThat(TEXT).contains("一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119\n")
                // printed one character per line down a merged cell; the rows it spans leave it blank
                .contains("三、本年度办理结果\t（一）予以公开\t1288\t21\t0\t0\t50\t3\t1362\n")
                .contains("\t（三）不予公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2\n")
                // the two rows the space-aligned layout lost: the label wrapped beside its numbers
                .contains("\t\t4.保护第三方合法权益\t6\t0\t0\t0\t0\t0\t6\n")
                .contains("\t1.本机关不掌握相关政府信息\t746\t12\t0\t0\t10\t1\t769\n");
    }

    @Test
    void labelsWrappedOverThreeLinesBesideTheirNumbersAreOneCell() {
        assertThat(TEXT).contains("\t（六）其他处理\t1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t67\t3\t0\t0\t1\t0\t71\n")
                .contains("\t\t2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t6\t0\t0\t0\t0\t0\t6\n");
    }

    @Test
    void aTableCutByAPageBreakIsOneTableWithTheCutLabelJoined() {
        // table 3 runs from page 4 to page 5; its group label is printed （四）无 on one page and 法提供 on the next
        List<String> lines = TEXT.lines().toList();
        int notHeld = indexOf(lines, "1.本机关不掌握相关政府信息");
        assertThat(lines.get(notHeld)).startsWith("\t（四）无法提供\t");
        assertThat(lines.get(notHeld + 1)).startsWith("\t\t2.没有现成信息需要另行制作\t11\t");
        // table 2 runs from page 3 to page 4, its page number after it
        int penalties = indexOf(lines, "行政处罚\t3985758");
        assertThat(lines.get(penalties - 2)).isEqualTo("第二十条 第（六）项");
        assertThat(lines()).doesNotContain("- 3 -", "- 4 -").noneMatch(l -> l.matches("-\\s*\\d+\\s*-"));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}

package org.disclosurepipeline.core.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TemplateCatalog;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A synthetic report as a Word document made the way offices make theirs: A4 pages, the tables as Word tables with
 * fixed column widths, so that long labels wrap over lines and narrow group columns print their label one
 * character per line; group labels in cells merged down their rows; header cells spanning columns and rows. The
 * seed varies font sizes, widths, vertical alignment and the length of the prose, so that page breaks fall inside
 * the tables at different rows.
 */
public final class DocxRenderer {

    /** A4 with the 2.54 cm / 3.17 cm margins of the Chinese official document template, in twips. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_SIDE = 1800;
    private static final int MARGIN_TOP = 1440;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    public byte[] render(SyntheticReport report) {
        return render(report, 0);
    }

    public byte[] render(SyntheticReport report, long seed) {
        Random random = new Random(seed);
        Style style = new Style(random);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            if (style.pageNumbers) {
                pageNumbers(doc);
            }
            paragraph(doc, report.title(), style.body + 6);
            paragraph(doc, Prose.preamble(report), style.body);
            for (SectionId section : SectionId.values()) {
                paragraph(doc, TemplateCatalog.SECTION_NUMERALS.charAt(section.ordinal()) + "、"
                        + TemplateCatalog.sectionTitles(section).get(0), style.body);
                switch (section) {
                    case OVERVIEW -> {
                        Prose.overview(report).lines().forEach(l -> paragraph(doc, l, style.body));
                        for (int i = 0; i < style.fillerParagraphs; i++) {
                            paragraph(doc, FILLER.get(i % FILLER.size()), style.body);
                        }
                    }
                    case ACTIVE_DISCLOSURE -> activeDisclosure(doc, report, style);
                    case APPLICATIONS -> applications(doc, report, style);
                    case REVIEW_LITIGATION -> reviewLitigation(doc, report, style);
                    case PROBLEMS -> paragraph(doc, Prose.problems(), style.body);
                    case OTHER_MATTERS -> paragraph(doc, Prose.otherMatters(), style.body);
                }
            }
            paragraph(doc, report.agencyName(), style.body);
            paragraph(doc, Prose.date(report.signedOn()), style.body);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What varies from one office's document to another's. */
    private static final class Style {
        final int body;
        final int table;
        final boolean centred;
        final int groupWidth;
        final int subgroupWidth;
        final int labelWidth;
        final int fillerParagraphs;
        final boolean repeatHeadings;
        final boolean pageNumbers;

        Style(Random random) {
            body = 12 + 2 * random.nextInt(3);
            table = random.nextBoolean() ? 9 : 10;
            centred = random.nextInt(4) != 0;
            groupWidth = 420 + 120 * random.nextInt(5);
            subgroupWidth = 800 + 200 * random.nextInt(4);
            labelWidth = 1600 + 300 * random.nextInt(5);
            fillerParagraphs = random.nextInt(12);
            repeatHeadings = random.nextInt(3) == 0;
            pageNumbers = random.nextInt(3) != 0;
        }
    }

    /** Paragraphs of the kind that make an overview long, so that the tables start at different places on a page. */
    private static final List<String> FILLER = List.of(
            "（五）监督保障。健全政务公开工作机制，明确责任分工，定期开展工作检查和业务培训，及时督促整改发现的问题。",
            "围绕重点领域信息公开要求，持续做好财政预决算、重大建设项目、公共资源配置和社会公益事业等信息的公开工作。",
            "加强政策解读和回应关切，通过图文、问答等多种形式解读重要政策文件，及时回应社会公众关注的热点问题。",
            "规范依申请公开办理流程，严格执行登记、审核、答复和归档等环节的要求，确保答复内容准确、程序合法。");

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
    }

    /** A footer with the page number as offices print it: - 3 -. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("- ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" -");
    }

    private static void paragraph(XWPFDocument doc, String text, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontSize(size);
        run.setText(text);
    }

    /** T2: a heading row per 第二十条 item spanning the table, its column headings, its rows. */
    private static void activeDisclosure(XWPFDocument doc, SyntheticReport report, Style style) {
        int valueColumns = 3;
        int label = style.labelWidth + 400;
        int value = (TEXT_WIDTH - label) / valueColumns;
        WordTable table = new WordTable(doc, new int[] {label, value, value, value}, style.table, style.centred);
        for (PrintedTable.Row row : PrintedTable.activeDisclosure(report).rows()) {
            List<String> cells = new java.util.ArrayList<>();
            if (row.label() != null) {
                cells.add(row.label());
            }
            cells.addAll(row.cells());
            table.row();
            for (int c = 0; c < cells.size(); c++) {
                int span = c == cells.size() - 1 ? 1 + valueColumns - c : 1;
                table.cell(cells.get(c), span, WordTable.Down.NONE);
            }
        }
        table.finish();
    }

    /**
     * T3 as the template prints it: ten grid columns, three for the labels (三、本年度办理结果 down the first, the
     * group labels （三）… down the second, the row labels) and seven for the applicants.
     */
    private static void applications(XWPFDocument doc, SyntheticReport report, Style style) {
        int labels = style.groupWidth + style.subgroupWidth + style.labelWidth;
        int value = (TEXT_WIDTH - labels) / 7;
        int[] widths = {style.groupWidth, style.subgroupWidth, style.labelWidth, value, value, value, value, value,
            value, value};
        WordTable table = new WordTable(doc, widths, style.table, style.centred);
        List<String> applicants = TemplateCatalog.APPLICANT_COLUMNS.stream().map(c -> c.label()).toList();
        table.row().cell("（" + TemplateCatalog.APPLICATIONS_BALANCE_NOTE + "）", 3, WordTable.Down.START)
                .cell("申请人情况", 7, WordTable.Down.NONE);
        if (style.repeatHeadings) {
            table.repeated();
        }
        table.row().cell("", 3, WordTable.Down.CONTINUE).cell(applicants.get(0), 1, WordTable.Down.START)
                .cell(TemplateCatalog.ORGANISATIONS_HEADING, 5, WordTable.Down.NONE)
                .cell(applicants.get(6), 1, WordTable.Down.START);
        if (style.repeatHeadings) {
            table.repeated();
        }
        table.row().cell("", 3, WordTable.Down.CONTINUE).cell("", 1, WordTable.Down.CONTINUE);
        applicants.subList(1, 6).forEach(table::cell);
        table.cell("", 1, WordTable.Down.CONTINUE);
        if (style.repeatHeadings) {
            table.repeated();
        }

        String openGroup = null;
        boolean inResults = false;
        for (RowDef row : report.applicationRows()) {
            String key = row.key();
            String group = TemplateCatalog.applicationBlock(key);
            boolean results = !key.equals("newReceived") && !key.equals("carriedOver")
                    && !key.equals("carriedForward");
            table.row();
            if (results) {
                table.cell(inResults ? "" : TemplateCatalog.APPLICATION_GROUP_HEADINGS.get(0), 1,
                        inResults ? WordTable.Down.CONTINUE : WordTable.Down.START);
                if (group != null) {
                    boolean first = !group.equals(openGroup);
                    table.cell(first ? group : "", 1, first ? WordTable.Down.START : WordTable.Down.CONTINUE);
                    table.cell(row.label());
                } else {
                    table.cell(row.label(), 2, WordTable.Down.NONE);
                }
            } else {
                table.cell(row.label(), 3, WordTable.Down.NONE);
            }
            inResults = results;
            openGroup = group;
            row.cellKeys().forEach(k -> table.cell(report.printed(k)));
        }
        table.finish();
    }

    /** T4: 行政复议 over five columns, 行政诉讼 over ten, its two groups over five each, one row of numbers. */
    private static void reviewLitigation(XWPFDocument doc, SyntheticReport report, Style style) {
        int[] widths = new int[15];
        java.util.Arrays.fill(widths, TEXT_WIDTH / 15);
        WordTable table = new WordTable(doc, widths, style.table, style.centred);
        List<RowDef> groups = TemplateCatalog.REVIEW_LITIGATION;
        table.row().cell(groups.get(0).label(), 5, WordTable.Down.NONE)
                .cell(TemplateCatalog.LITIGATION_HEADING, 10, WordTable.Down.NONE);
        table.row();
        groups.get(0).columns().forEach(c -> table.cell(c.label(), 1, WordTable.Down.START));
        table.cell(groups.get(1).label(), 5, WordTable.Down.NONE).cell(groups.get(2).label(), 5, WordTable.Down.NONE);
        table.row();
        groups.get(0).columns().forEach(c -> table.cell("", 1, WordTable.Down.CONTINUE));
        for (int g = 1; g < groups.size(); g++) {
            groups.get(g).columns().forEach(c -> table.cell(c.label()));
        }
        table.row();
        groups.forEach(g -> g.cellKeys().forEach(k -> table.cell(report.printed(k))));
        table.finish();
    }
}

package org.disclosurepipeline.core.template;

import static org.disclosurepipeline.core.template.CellKind.COUNT;
import static org.disclosurepipeline.core.template.CellKind.DECIMAL;
import static org.disclosurepipeline.core.template.CellKind.SIGNED_COUNT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The State Council template: every section heading, table row and column with its stable key and its official
 * Chinese label. This is the one place where the template's Chinese text lives.
 */
public final class TemplateCatalog {

    private TemplateCatalog() {
    }

    // ---- sections --------------------------------------------------------------------------------------------

    private static final Map<SectionId, List<String>> SECTION_TITLES = new EnumMap<>(Map.of(
            SectionId.OVERVIEW, List.of("总体情况"),
            SectionId.ACTIVE_DISCLOSURE, List.of("主动公开政府信息情况", "行政机关主动公开政府信息情况"),
            SectionId.APPLICATIONS, List.of("收到和处理政府信息公开申请情况", "行政机关收到和处理政府信息公开申请情况"),
            SectionId.REVIEW_LITIGATION, List.of("政府信息公开行政复议、行政诉讼情况",
                    "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
                    "因政府信息公开被申请行政复议和提起行政诉讼情况",
                    "政府信息公开行政复议和行政诉讼情况"),
            SectionId.PROBLEMS, List.of("存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"),
            SectionId.OTHER_MATTERS, List.of("其他需要报告的事项")));

    /** The official title of a section (the first entry) followed by wordings seen in real reports. */
    public static List<String> sectionTitles(SectionId section) {
        return SECTION_TITLES.get(section);
    }

    /** 一 to 六: the numerals the template puts before section titles. */
    public static final String SECTION_NUMERALS = "一二三四五六";

    // ---- tables ------------------------------------------------------------------------------------------------

    /** 表二（主动公开）, 表三（依申请公开）, 表四（行政复议、行政诉讼） for T2, T3, T4, as the template's readers say them. */
    public static String tableNameZh(String shortName) {
        return switch (shortName) {
            case "T2" -> "表二（主动公开）";
            case "T3" -> "表三（依申请公开）";
            default -> "表四（行政复议、行政诉讼）";
        };
    }

    // ---- T2 主动公开, 2021 template ------------------------------------------------------------------------

    private static final List<ColumnDef> STOCK_COLUMNS = List.of(
            new ColumnDef("issued", "本年制发件数", COUNT),
            new ColumnDef("repealed", "本年废止件数", COUNT),
            new ColumnDef("inForce", "现行有效件数", COUNT));

    private static final ColumnDef DECISIONS = ColumnDef.single("本年处理决定数量", COUNT);

    public static final List<RowDef> ACTIVE_DISCLOSURE_2021 = List.of(
            new RowDef(TableId.ACTIVE_DISCLOSURE, "regulations", "规章", STOCK_COLUMNS),
            new RowDef(TableId.ACTIVE_DISCLOSURE, "normativeDocuments", "行政规范性文件", STOCK_COLUMNS),
            new RowDef(TableId.ACTIVE_DISCLOSURE, "licensingDecisions", "行政许可", List.of(DECISIONS)),
            new RowDef(TableId.ACTIVE_DISCLOSURE, "penaltyDecisions", "行政处罚", List.of(DECISIONS)),
            new RowDef(TableId.ACTIVE_DISCLOSURE, "coercionDecisions", "行政强制", List.of(DECISIONS)),
            new RowDef(TableId.ACTIVE_DISCLOSURE, "feesTenThousandYuan", "行政事业性收费",
                    List.of(ColumnDef.single("本年收费金额（单位：万元）", DECIMAL))));

    /** Column headings of the 2021 T2 that tell it from the 2019 one. */
    public static final List<String> ACTIVE_DISCLOSURE_2021_MARKERS = List.of("本年制发件数", "现行有效件数");

    // ---- T2 主动公开, 2019 template ------------------------------------------------------------------------

    private static final List<ColumnDef> PUBLICATION_COLUMNS_2019 = List.of(
            new ColumnDef("newlyMade", "本年新制作数量", COUNT),
            new ColumnDef("newlyPublished", "本年新公开数量", COUNT),
            new ColumnDef("totalPublished", "对外公开总数量", COUNT));

    private static final List<ColumnDef> ITEM_COLUMNS_2019 = List.of(
            new ColumnDef("previousYearItems", "上一年项目数量", COUNT),
            new ColumnDef("yearChange", "本年增/减", SIGNED_COUNT),
            new ColumnDef("decisions", "处理决定数量", COUNT));

    public static final List<RowDef> ACTIVE_DISCLOSURE_2019 = List.of(
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "regulations", "规章", PUBLICATION_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "normativeDocuments", "规范性文件", PUBLICATION_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "licensing", "行政许可", ITEM_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "otherManagementServices", "其他对外管理服务事项",
                    ITEM_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "penalties", "行政处罚", ITEM_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "coercion", "行政强制", ITEM_COLUMNS_2019),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "fees", "行政事业性收费", ITEM_COLUMNS_2019.subList(0, 2)),
            new RowDef(TableId.ACTIVE_DISCLOSURE_2019, "centralizedProcurement", "政府集中采购", List.of(
                    new ColumnDef("items", "采购项目数量", COUNT),
                    new ColumnDef("totalAmount", "采购总金额", DECIMAL))));

    /** Column headings that only the 2019 T2 has. */
    public static final List<String> ACTIVE_DISCLOSURE_2019_MARKERS = List.of("本年新制作数量", "对外公开总数量");

    // ---- T3 依申请公开 --------------------------------------------------------------------------------------

    public static final List<ColumnDef> APPLICANT_COLUMNS = List.of(
            new ColumnDef("naturalPerson", "自然人", COUNT),
            new ColumnDef("commercialEnterprise", "商业企业", COUNT),
            new ColumnDef("researchInstitution", "科研机构", COUNT),
            new ColumnDef("socialWelfareOrg", "社会公益组织", COUNT),
            new ColumnDef("legalServiceOrg", "法律服务机构", COUNT),
            new ColumnDef("otherOrg", "其他", COUNT),
            new ColumnDef("total", "总计", COUNT));

    /** The group heading over the five organisation columns. */
    public static final String ORGANISATIONS_HEADING = "法人或其他组织";

    private static RowDef t3(String key, String label) {
        return new RowDef(TableId.APPLICATIONS, key, label, APPLICANT_COLUMNS);
    }

    private static final List<RowDef> T3_HEAD = List.of(
            t3("newReceived", "一、本年新收政府信息公开申请数量"),
            t3("carriedOver", "二、上年结转政府信息公开申请数量"),
            t3("granted", "（一）予以公开"),
            t3("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            t3("denied.stateSecret", "1.属于国家秘密"),
            t3("denied.lawProhibited", "2.其他法律行政法规禁止公开"),
            t3("denied.threeSafetyOneStability", "3.危及“三安全一稳定”"),
            t3("denied.thirdPartyRights", "4.保护第三方合法权益"),
            t3("denied.internalAffairs", "5.属于三类内部事务信息"),
            t3("denied.processInfo", "6.属于四类过程性信息"),
            t3("denied.enforcementFile", "7.属于行政执法案卷"),
            t3("denied.adminQuery", "8.属于行政查询事项"),
            t3("unableToProvide.notHeld", "1.本机关不掌握相关政府信息"),
            t3("unableToProvide.needsCreation", "2.没有现成信息需要另行制作"),
            t3("unableToProvide.unclearAfterCorrection", "3.补正后申请内容仍不明确"),
            t3("notProcessed.petitionComplaint", "1.信访举报投诉类申请"),
            t3("notProcessed.duplicate", "2.重复申请"),
            t3("notProcessed.publication", "3.要求提供公开出版物"),
            t3("notProcessed.massRepetitive", "4.无正当理由大量反复申请"),
            t3("notProcessed.confirmOrReissue", "5.要求行政机关确认或重新出具已获取信息"));

    private static final RowDef OTHER_OVERDUE = t3("otherHandling.overdueCorrection",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    private static final RowDef OTHER_UNPAID = t3("otherHandling.unpaidFee",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    private static final RowDef OTHER_OTHER = t3("otherHandling.other", "3.其他");
    private static final RowDef OTHER_SINGLE = t3("otherHandling.single", "（六）其他处理");

    private static final List<RowDef> T3_TAIL = List.of(
            t3("totalProcessed", "（七）总计"),
            t3("carriedForward", "四、结转下年度继续办理"));

    /** Headings of groups of rows that carry no numbers of their own. */
    public static final List<String> APPLICATION_GROUP_HEADINGS = List.of(
            "三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");

    /** The first row under each heading of {@link #APPLICATION_GROUP_HEADINGS}, in the same order. */
    private static final List<String> APPLICATION_GROUP_FIRST_ROWS = List.of("granted", "denied.stateSecret",
            "unableToProvide.notHeld", "notProcessed.petitionComplaint", "otherHandling.overdueCorrection");

    /** The row-key prefixes of the blocks （三）–（六), in the order of their headings after 三、. */
    private static final List<String> APPLICATION_BLOCK_PREFIXES = List.of("denied.", "unableToProvide.",
            "notProcessed.", "otherHandling.");

    /**
     * The heading printed above a T3 row that opens a group (三、本年度办理结果 above （一）予以公开, （三）不予公开
     * above its 1. …), or null. The 2019 template's single （六） row is its own heading.
     */
    public static String applicationGroupBefore(String rowKey) {
        int i = APPLICATION_GROUP_FIRST_ROWS.indexOf(rowKey);
        return i < 0 ? null : APPLICATION_GROUP_HEADINGS.get(i);
    }

    /** The heading of the block （三）–（六） a T3 row stands in, or null (the single （六） row stands alone). */
    public static String applicationBlock(String rowKey) {
        if (rowKey.equals("otherHandling.single")) {
            return null;
        }
        for (int i = 0; i < APPLICATION_BLOCK_PREFIXES.size(); i++) {
            if (rowKey.startsWith(APPLICATION_BLOCK_PREFIXES.get(i))) {
                return APPLICATION_GROUP_HEADINGS.get(i + 1);
            }
        }
        return null;
    }

    /** The printed reminder of the balance (勾稽关系) above T3. */
    public static final String APPLICATIONS_BALANCE_NOTE = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和";

    /** The rows of T3 for one shape of its （六） block, in printed order. */
    public static List<RowDef> applicationRows(OtherHandlingLayout layout) {
        List<RowDef> rows = new ArrayList<>(T3_HEAD);
        switch (layout) {
            case THREE_ROWS -> rows.addAll(List.of(OTHER_OVERDUE, OTHER_UNPAID, OTHER_OTHER));
            case TWO_ROWS -> rows.addAll(List.of(OTHER_OVERDUE, OTHER_UNPAID));
            case SINGLE -> rows.add(OTHER_SINGLE);
        }
        rows.addAll(T3_TAIL);
        return List.copyOf(rows);
    }

    // ---- T4 行政复议、行政诉讼 -------------------------------------------------------------------------------

    public static final List<ColumnDef> OUTCOME_COLUMNS = List.of(
            new ColumnDef("upheld", "结果维持", COUNT),
            new ColumnDef("corrected", "结果纠正", COUNT),
            new ColumnDef("other", "其他结果", COUNT),
            new ColumnDef("pending", "尚未审结", COUNT),
            new ColumnDef("total", "总计", COUNT));

    /** T4 as three groups of five columns; printed as one data row of fifteen numbers. */
    public static final List<RowDef> REVIEW_LITIGATION = List.of(
            new RowDef(TableId.REVIEW_LITIGATION, "review", "行政复议", OUTCOME_COLUMNS),
            new RowDef(TableId.REVIEW_LITIGATION, "litigationDirect", "未经复议直接起诉", OUTCOME_COLUMNS),
            new RowDef(TableId.REVIEW_LITIGATION, "litigationAfterReview", "复议后起诉", OUTCOME_COLUMNS));

    /** The heading over the two litigation groups. */
    public static final String LITIGATION_HEADING = "行政诉讼";

    // ---- amounts and their units ---------------------------------------------------------------------------------

    /**
     * The unit each amount column is kept in, by cell key. The 2021 template's heading names 万元 for 行政事业性收费;
     * the 2019 template's 采购总金额 names no unit, and the reports that write one in the cell write 元 (251000元,
     * 75394432.52元), so its amounts are kept in 元. A bare number is kept as written in either column.
     */
    private static final Map<String, String> AMOUNT_UNITS = Map.of(
            "activeDisclosure.feesTenThousandYuan", "万元",
            "activeDisclosure2019.centralizedProcurement.totalAmount", "元");

    /** The units of money a report writes into an amount's cell, each with how many yuan it is. */
    public static final Map<String, Integer> YUAN_PER_UNIT = Map.of("元", 1, "万元", 10_000);

    /** The unit an amount column is kept in (元 or 万元), or null for a column of counts. */
    public static String amountUnit(String cellKey) {
        return AMOUNT_UNITS.get(cellKey);
    }

    // ---- label variants ----------------------------------------------------------------------------------------

    /**
     * Wordings of a row label that real reports use instead of the template's, by row key: read as the row, with a
     * format warning. 规范性文件 is the 2019 template's word for the 2021 template's 行政规范性文件.
     */
    public static final Map<String, List<String>> LABEL_VARIANTS = Map.of(
            "activeDisclosure.normativeDocuments", List.of("规范性文件"));

    /** The known variants of a row's label (none for most rows). */
    public static List<String> labelVariants(RowDef row) {
        return LABEL_VARIANTS.getOrDefault(row.rowKey(), List.of());
    }

    /** Every row of every table and template, for lookups by key. */
    public static List<RowDef> allRows() {
        List<RowDef> rows = new ArrayList<>(ACTIVE_DISCLOSURE_2021);
        rows.addAll(ACTIVE_DISCLOSURE_2019);
        rows.addAll(T3_HEAD);
        rows.addAll(List.of(OTHER_OVERDUE, OTHER_UNPAID, OTHER_OTHER, OTHER_SINGLE));
        rows.addAll(T3_TAIL);
        rows.addAll(REVIEW_LITIGATION);
        return List.copyOf(rows);
    }

    private static final Map<String, CellKind> KIND_BY_CELL = kindByCell();

    private static Map<String, CellKind> kindByCell() {
        Map<String, CellKind> kinds = new java.util.HashMap<>();
        for (RowDef row : allRows()) {
            for (ColumnDef column : row.columns()) {
                kinds.put(row.cellKey(column), column.kind());
            }
        }
        return Map.copyOf(kinds);
    }

    /** The kind of a cell by its dotted key, or null for a key that is not in any template. */
    public static CellKind kindOf(String cellKey) {
        return KIND_BY_CELL.get(cellKey);
    }

    /** The row whose dotted key (with its table, e.g. {@code applications.granted}) is given, or null. */
    public static RowDef row(String rowKey) {
        return ROW_BY_KEY.get(rowKey);
    }

    private static final Map<String, RowDef> ROW_BY_KEY = rowByKey();

    private static Map<String, RowDef> rowByKey() {
        Map<String, RowDef> rows = new java.util.LinkedHashMap<>();
        for (RowDef row : allRows()) {
            rows.putIfAbsent(row.rowKey(), row); // the first, as the search through allRows() found it
        }
        return java.util.Collections.unmodifiableMap(rows);
    }
}

package org.disclosurepipeline.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Chinese words and patterns the rules look for in a report's text. The template's own labels live in
 * {@code TemplateCatalog}; what rules need beyond them lives here, in one place, so that a reviewer who reads
 * Chinese can check and extend them without reading the rules.
 */
public final class RuleVocabulary {

    private RuleVocabulary() {
    }

    // ---- metadata ----------------------------------------------------------------------------------------------

    /** A year as written in a title: 2024年, 2024 年度. */
    public static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

    /** Suffixes of a township's registered name, removed to get its core name (李口镇 → 李口). */
    public static final List<String> TOWNSHIP_SUFFIXES = List.of("街道办事处", "街道", "民族乡", "镇", "乡", "地区办事处");

    /** The words that make an agency a regional government (人民政府) rather than a department. */
    public static final String PEOPLES_GOVERNMENT = "人民政府";

    /**
     * Name endings of county-level units (县, 区, 旗; not 市, which may be a prefecture) and of township-level ones
     * (镇, 乡, 街道, 办事处), to tell an agency's level from its name when no code is given.
     */
    public static final Pattern COUNTY_NAME = Pattern.compile(".*(县|区|旗|自治县)(人民政府)?$");
    public static final Pattern TOWNSHIP_NAME = Pattern.compile(".*(镇|乡|街道|办事处)(人民政府)?$");

    /** Name endings of departments (教育局, 发展和改革委员会, 政府办公室), which are not regional governments. */
    public static final Pattern DEPARTMENT_NAME = Pattern.compile(".*(局|委员会|委|办公室|厅|中心|所|院|队|署)$");

    // ---- section 五 and 六 -------------------------------------------------------------------------------------

    /** What a section holds when it says nothing: 无, 暂无, 没有, a slash or a dash. */
    public static final Pattern NOTHING = Pattern.compile("^[\\s。.]*(无|暂无|没有|/|—|-)?[\\s。.]*$");

    /** Words that name a shortcoming in section 五. */
    public static final Pattern PROBLEM_WORDS = Pattern.compile(
            "问题|不足|短板|薄弱|有待|不够|不高|不强|不到位|不完善|不规范|不及时|欠缺|滞后|差距|单一|尚需|仍需");

    /** Words that name a measure in section 五. */
    public static final Pattern MEASURE_WORDS = Pattern.compile(
            "改进|下一步|整改|措施|加强|强化|提升|提高|完善|健全|推进|加大|规范|落实|建立");

    /** Anything that speaks of a fee in section 六 (信息处理费, 处理费, 收费, 收取费用). */
    public static final Pattern FEE_MENTION = Pattern.compile("处理费|收费|收取[^。；]{0,6}?费用");

    /** Section 六 says no fee was charged (未收取信息处理费, 没有产生处理费, 信息处理费0元). */
    public static final Pattern NO_FEE = Pattern.compile(
            "(未|没有|无|不|免|零)[^。；]{0,16}?(收取|产生|收|征收|发生)[^。；]{0,16}?(处理费|费用)"
                    + "|(处理费|费用)[^。；]{0,8}?(为)?\\s*(0|0\\.0+|零)\\s*(元|万元)?(?![\\d.])");

    /** A text that states an 信息处理费 actually charged, with its amount: 收取信息处理费300元. */
    public static final Pattern FEE_CHARGED = Pattern.compile(
            "(收取|收缴|收到|征收)[^。；\\d]{0,10}?处理费[^。；\\d]{0,8}?(\\d+(?:\\.\\d+)?)\\s*(元|万元)");

    // ---- narrative: sub-totals -----------------------------------------------------------------------------------

    /** Counting units of the prose: 条, 件, 篇, 次, 个, 期. */
    public static final String UNITS = "条件篇次个期";

    /** "共 … N 条": a total in the prose, then (same or next sentence) "其中" and its parts. */
    public static final Pattern TOTAL = Pattern.compile("共[^。；，,\\d]{0,16}?(\\d+)\\s*([" + UNITS + "])");
    public static final String AMONG = "其中";

    /** Within a "其中" sentence: "N 条" for each part. */
    public static final String PART = "(\\d+)\\s*(%s)";

    /** A list whose last part is followed by 等 (…20条等) is not exhaustive: matched on the text after it. */
    public static final Pattern NOT_EXHAUSTIVE = Pattern.compile("^[^。；，,\\d]{0,6}?等");

    // ---- narrative: words copied from another agency's report ----------------------------------------------------

    /** The "whole X" words that place a text at a level of government (全省, 全镇 …). */
    public static final Pattern WHOLE_PROVINCE = Pattern.compile("全省");

    /** Registry names that are placeholders, not places (市辖区, 县, 省直辖县级行政区划). */
    public static final Pattern NOT_A_PLACE = Pattern.compile("市辖区|县|.*直辖.*|.*行政区划.*");

    /**
     * For each kind of township, the "whole township" word it uses of itself; 全乡镇 (all townships) and 全镇街
     * (all towns and subdistricts) are not such words.
     */
    public static final Map<String, Pattern> WHOLE_TOWNSHIP = ordered(
            "镇", Pattern.compile("全镇(?!街)"), "乡", Pattern.compile("全乡(?!镇)"), "街道", Pattern.compile("全街道"));

    /** Slogans that are followed by a place's short name (和谐新郑, 美丽通榆). */
    public static final Pattern SLOGAN = Pattern.compile("(和谐|美丽|幸福|魅力|活力|大美|平安|法治|数字|智慧|生态|文明)");

    /** Suffixes removed from a province, city or county name to get its short name (新郑市 → 新郑). */
    public static final Pattern REGION_SUFFIX = Pattern.compile(
            "(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|林区|盟|旗|省|市|县|区)$");

    /** A map that keeps its order (Map.of does not), so that findings come in the same order on every run. */
    private static Map<String, Pattern> ordered(Object... keysAndValues) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Pattern) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}

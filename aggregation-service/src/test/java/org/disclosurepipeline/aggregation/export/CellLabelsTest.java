package org.disclosurepipeline.aggregation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's place in the template's Chinese labels, as the problem list and the check sheet print it. */
class CellLabelsTest {

    @Test
    void aCellOfT3IsNamedByItsTableRowAndColumn() {
        assertThat(CellLabels.of("T3", "newReceived", "total", List.of()))
                .isEqualTo(new CellLabels("表三（依申请公开）", "一、本年新收政府信息公开申请数量", "总计"));
        assertThat(CellLabels.of("T3", "denied.stateSecret", "naturalPerson", null))
                .isEqualTo(new CellLabels("表三（依申请公开）", "1.属于国家秘密", "自然人"));
        assertThat(CellLabels.of("T3", null, "commercialEnterprise", List.of())) // a column's balance
                .isEqualTo(new CellLabels("表三（依申请公开）", "", "商业企业"));
        assertThat(CellLabels.of("T4", "review", "upheld", List.of()))
                .isEqualTo(new CellLabels("表四（行政复议、行政诉讼）", "行政复议", "结果维持"));
    }

    @Test
    void theCellsTellA2019T2FromA2021One() {
        assertThat(CellLabels.of("T2", "normativeDocuments", "issued", List.of()).row()).isEqualTo("行政规范性文件");
        assertThat(CellLabels.of("T2", "normativeDocuments", "newlyMade",
                List.of("activeDisclosure2019.normativeDocuments.newlyMade")))
                .isEqualTo(new CellLabels("表二（主动公开）", "规范性文件", "本年新制作数量"));
        assertThat(CellLabels.of("T2", "feesTenThousandYuan", null, List.of()).row()).isEqualTo("行政事业性收费");
    }

    @Test
    void aFindingWithoutATableIsAboutTheWholeDocumentUnlessItsCellsSayWhere() {
        assertThat(CellLabels.of(null, null, null, List.of())).isEqualTo(CellLabels.NONE);
        assertThat(CellLabels.of(null, null, null, List.of("applications.granted.total")))
                .isEqualTo(new CellLabels("表三（依申请公开）", "（一）予以公开", "总计"));
    }
}

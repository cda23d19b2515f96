package org.disclosurepipeline.core.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.SeedMutation;
import org.disclosurepipeline.core.rules.Severity;
import org.junit.jupiter.api.Test;

class ForeignTextRuleTest {

    @Test
    void bianzhaoTextCopiedFromElsewhereIsFlaggedThreeTimes() {
        List<Finding> found = SeedMutation.seed("004").findings("R-TXT-FOREIGN");

        assertThat(found).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(f.location().section()).isEqualTo("overview");
            assertThat(f.message()).contains("边昭镇 (220822104, 吉林省 白城市 通榆县)");
        });
        assertThat(found).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("'全省'"))
                .anySatisfy(m -> assertThat(m).contains("'全乡'", "边昭镇 is a 镇"))
                .anySatisfy(m -> assertThat(m).contains("'和谐新郑'", "新郑市 (河南省 郑州市)", "outside 吉林省"));
    }

    @Test
    void theAgencysOwnWordsPass() {
        assertThat(SeedMutation.seed("004").replace("全省", "全镇").replace("全乡", "全镇").replace("和谐新郑", "和谐边昭")
                .findings("R-TXT-FOREIGN")).isEmpty();
    }

    @Test
    void aPlaceOfAnotherProvinceByFullNameIsFlagged() {
        List<Finding> found = SeedMutation.seed("001")
                .replace("我镇紧紧围绕中心工作", "我镇学习借鉴河南省郑州市经验，紧紧围绕中心工作").findings("R-TXT-FOREIGN");

        assertThat(found).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("'郑州市'"));
    }

    @Test
    void placesOfTheAgencysOwnProvincePass() {
        assertThat(SeedMutation.seed("001").replace("我镇紧紧围绕中心工作", "我镇学习借鉴汉中市、西安市经验，紧紧围绕中心工作")
                .findings("R-TXT-FOREIGN")).isEmpty();
    }
}

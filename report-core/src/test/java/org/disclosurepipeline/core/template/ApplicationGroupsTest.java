package org.disclosurepipeline.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** T3's group headings as the template prints them: above a group's first row, and beside every row of a block. */
class ApplicationGroupsTest {

    @Test
    void eachHeadingStandsAboveTheFirstRowOfItsGroupOnly() {
        List<String> printed = TemplateCatalog.applicationRows(OtherHandlingLayout.THREE_ROWS).stream()
                .map(r -> TemplateCatalog.applicationGroupBefore(r.key())).filter(Objects::nonNull).toList();
        assertThat(printed).isEqualTo(TemplateCatalog.APPLICATION_GROUP_HEADINGS);
        assertThat(TemplateCatalog.applicationGroupBefore("granted")).isEqualTo("三、本年度办理结果");
        assertThat(TemplateCatalog.applicationGroupBefore("denied.lawProhibited")).isNull();
        assertThat(TemplateCatalog.applicationGroupBefore("otherHandling.single")).isNull();
    }

    @Test
    void rowsOfTheBlocksThreeToSixStandUnderTheirHeading() {
        assertThat(TemplateCatalog.applicationBlock("denied.stateSecret")).isEqualTo("（三）不予公开");
        assertThat(TemplateCatalog.applicationBlock("unableToProvide.notHeld")).isEqualTo("（四）无法提供");
        assertThat(TemplateCatalog.applicationBlock("notProcessed.petitionComplaint")).isEqualTo("（五）不予处理");
        assertThat(TemplateCatalog.applicationBlock("otherHandling.other")).isEqualTo("（六）其他处理");
        assertThat(TemplateCatalog.applicationBlock("otherHandling.single")).isNull(); // its own heading
        assertThat(TemplateCatalog.applicationBlock("granted")).isNull();
        assertThat(TemplateCatalog.applicationBlock("totalProcessed")).isNull();
    }
}

package org.disclosurepipeline.core.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.rules.Findings;
import org.disclosurepipeline.core.rules.Location;

/**
 * An equation between two sums of cells, with its wording. Checking it adds a failure with both sides when they
 * differ, or a NOT_ASSESSABLE finding naming the missing cells; nothing when it holds.
 *
 * @param location  where a failure points
 * @param leftKeys  the cells summed on the left
 * @param rightKeys the cells summed on the right
 * @param what      the equation in English, e.g. "column 自然人 (naturalPerson): 一+二 = 三+四"
 * @param whatZh    the equation in Chinese
 */
public record Equation(Location location, List<String> leftKeys, List<String> rightKeys, String what,
        String whatZh) {

    public void check(Figures figures, Findings findings) {
        Side left = Side.sum(figures, leftKeys);
        Side right = Side.sum(figures, rightKeys);
        List<String> cells = new ArrayList<>(leftKeys);
        cells.addAll(rightKeys);
        if (!left.assessable() || !right.assessable()) {
            List<String> missing = new ArrayList<>(left.missing());
            missing.addAll(right.missing());
            findings.notAssessable(what + ": cannot be checked, " + missing.size() + " cell(s) empty or absent: "
                    + String.join(", ", missing),
                    whatZh + "：有" + missing.size() + "个单元格为空或缺失，无法核对：" + String.join("、", missing),
                    location, missing);
            return;
        }
        if (left.value().compareTo(right.value()) != 0) {
            findings.failSums(what + ": the left side is " + left.value().toPlainString() + " but the right side is "
                            + right.value().toPlainString(),
                    whatZh + "：左边为" + left.value().toPlainString() + "，右边为" + right.value().toPlainString()
                            + "，不相等",
                    location, left.value(), right.value(), cells);
        }
    }
}

package org.disclosurepipeline.aggregation.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Chinese words of the exports for the states the API names in English (the template's own labels stay in
 * report-core's TemplateCatalog): what a county's staff read in a spreadsheet or on a printed check sheet.
 */
public final class Words {

    /** Times are printed as the offices read them: China Standard Time, to the minute. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Words() {
    }

    /** error 错误, warning 警告, info 提示. */
    public static String severity(String code) {
        return switch (String.valueOf(code)) {
            case "error" -> "错误";
            case "warning" -> "警告";
            case "info" -> "提示";
            default -> String.valueOf(code);
        };
    }

    /** A finding's review: 待审核 (no decision yet), 已确认 (must be fixed), 已驳回 (dismissed with a reason). */
    public static String review(String decision) {
        if (decision == null) {
            return "待审核";
        }
        return "DISMISSED".equals(decision) ? "已驳回" : "已确认";
    }

    /** 已批准, 已退回 (returned for correction) or 待批准. */
    public static String approval(String state) {
        if (state == null) {
            return "待批准";
        }
        return "APPROVED".equals(state) ? "已批准" : "RETURNED".equals(state) ? "已退回" : "待批准";
    }

    /** 通过 or 未通过, as the rules (or the review) judged the report. */
    public static String verdict(String verdict) {
        return "VALIDATED".equals(verdict) ? "通过" : "REJECTED".equals(verdict) ? "未通过" : String.valueOf(verdict);
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}

package org.disclosurepipeline.localstack.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.disclosurepipeline.core.json.Json;

/** A rollup answer as a few readable lines for the console. */
final class RollupSummary {

    private RollupSummary() {
    }

    static String describe(String rollupJson) {
        JsonNode r;
        try {
            r = Json.mapper().readTree(rollupJson);
        } catch (JsonProcessingException e) {
            return "Rollup: " + rollupJson;
        }
        JsonNode f = r.path("figures");
        JsonNode apps = f.path("applications");
        JsonNode t4 = f.path("reviewLitigation");
        return String.join("\n",
                "Rollup of " + r.path("name").asText() + " (" + r.path("regionCode").asText() + "), "
                        + r.path("year").asText() + ": " + r.path("validatedReports").asText() + " validated, "
                        + r.path("rejectedReports").asText() + " rejected reports",
                "  主动公开 T2: 行政许可 " + f.path("activeDisclosure").path("licensingDecisions").asText("–")
                        + ", 行政处罚 " + f.path("activeDisclosure").path("penaltyDecisions").asText("–")
                        + ", 行政强制 " + f.path("activeDisclosure").path("coercionDecisions").asText("–"),
                "  依申请公开 T3: 新收 " + apps.path("newReceived").path("total").asText("–")
                        + ", 上年结转 " + apps.path("carriedOver").path("total").asText("–")
                        + ", 办理总计 " + apps.path("totalProcessed").path("total").asText("–")
                        + ", 结转下年 " + apps.path("carriedForward").path("total").asText("–"),
                "  复议/诉讼 T4: 行政复议 " + t4.path("review").path("total").asText("–")
                        + ", 直接起诉 " + t4.path("litigationDirect").path("total").asText("–")
                        + ", 复议后起诉 " + t4.path("litigationAfterReview").path("total").asText("–"));
    }
}

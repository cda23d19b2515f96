package org.disclosurepipeline.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.parse.CellCorrections;
import org.disclosurepipeline.core.parse.InvalidCorrection;
import org.disclosurepipeline.ingest.service.CellEntry;

/**
 * The body of a correction, {@code {"reason":"…","cells":[{"table":"T3","row":"newReceived","column":"naturalPerson",
 * "value":"12"}]}}: each cell addressed as a finding's location (or by its dotted key, {@code "cell"}), its value a
 * number of the cell's kind. A malformed body is 400 naming the field; a cell that is not in the template or a value
 * that is not a number is 422 naming the cell's part ({@code cells[0].row}), in Chinese and English.
 */
public record CorrectionRequest(String reason, List<CellEntry> cells) {

    static final int MAX_CELLS = 200;
    static final int MAX_REASON = 2000;

    public static CorrectionRequest read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw bad(400, "body", "请求体应为JSON对象", "the body must be a JSON object {\"reason\":…,\"cells\":[…]}");
        }
        String reason = root.path("reason").isTextual() ? root.path("reason").asText().strip() : "";
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw bad(400, "reason", "更正须说明原因（不超过" + MAX_REASON + "字）",
                    "a correction needs a reason (at most " + MAX_REASON + " characters)");
        }
        JsonNode cells = root.path("cells");
        if (!cells.isArray() || cells.isEmpty() || cells.size() > MAX_CELLS) {
            throw bad(400, "cells", "须列出1至" + MAX_CELLS + "个更正的单元格",
                    "list 1 to " + MAX_CELLS + " corrected cells");
        }
        List<CellEntry> entries = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            entries.add(cell(cells.get(i), "cells[" + i + "]"));
        }
        return new CorrectionRequest(reason, entries);
    }

    private static CellEntry cell(JsonNode node, String at) {
        if (!node.isObject()) {
            throw bad(400, at, "应为对象 {table, row, column, value}", "must be an object {table, row, column, value}");
        }
        JsonNode v = node.path("value");
        if (!v.isTextual() && !v.isNumber()) {
            throw bad(400, at + ".value", "缺少更正后的数值", "the corrected value is missing");
        }
        String table = text(node, "table");
        String row = text(node, "row");
        String column = text(node, "column");
        try {
            String key = node.hasNonNull("cell") ? CellCorrections.requireCell(text(node, "cell"))
                    : CellCorrections.cellKey(table, row, column);
            String value = v.isNumber() ? v.decimalValue().toPlainString() : v.asText().strip();
            CellCorrections.value(key, value);
            return CellEntry.of(key, value);
        } catch (InvalidCorrection e) {
            throw bad(422, at + "." + e.part(), e.reasonZh(), e.reason());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static ProblemException bad(int status, String field, String zh, String en) {
        return ProblemException.field(status, "Invalid correction", field, zh + "；" + en);
    }
}

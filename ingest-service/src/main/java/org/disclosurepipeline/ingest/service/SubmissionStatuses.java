package org.disclosurepipeline.ingest.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RulesVersions;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * Moves submissions from RECEIVED to VALIDATED or REJECTED, a batch of verdicts in one transaction (one query and
 * one batched update). A verdict of an older rules version than the one a submission already shows (a late
 * redelivery after a re-validation) is ignored; one of the same or a newer version replaces it.
 */
@ApplicationScoped
public class SubmissionStatuses {

    /**
     * The part of a {@code ReportOutcomeEvent} a status needs: its structured report (most of the record) is
     * skipped, not read into objects.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(UUID submissionId, String verdict, JsonNode findings, String rulesVersion,
            Instant checkedAt) {

        /** Reads the status part of an outcome record; a record without a submission or verdict is unreadable. */
        public static Verdict read(String json) {
            try {
                Verdict v = json == null ? null : Json.mapper().readValue(json, Verdict.class);
                if (v == null || v.submissionId() == null
                        || !("VALIDATED".equals(v.verdict()) || "REJECTED".equals(v.verdict()))) {
                    throw new UnreadableEventException("not a ReportOutcomeEvent: no submissionId or verdict");
                }
                return v;
            } catch (JsonProcessingException e) {
                throw new UnreadableEventException("not a ReportOutcomeEvent: " + e.getOriginalMessage());
            }
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public void apply(List<Verdict> verdicts) {
        Map<UUID, Verdict> latest = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            latest.merge(v.submissionId(), v,
                    (a, b) -> RulesVersions.compare(b.rulesVersion(), a.rulesVersion()) >= 0 ? b : a);
        }
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, String> shown = new HashMap<>(); // submissions of this ingest, with their verdict's version
            try (PreparedStatement q = c.prepareStatement(
                    "select id, rules_version from submission where id = any(?)")) {
                q.setArray(1, c.createArrayOf("uuid", latest.keySet().toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        shown.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement("update submission set status = ?, status_changed_at = ?,"
                    + " findings = ?, rules_version = ? where id = ?")) {
                for (Verdict v : latest.values()) {
                    // others were submitted through another ingest deployment; older versions stay behind
                    if (!shown.containsKey(v.submissionId()) || (shown.get(v.submissionId()) != null
                            && RulesVersions.isNewer(shown.get(v.submissionId()), v.rulesVersion()))) {
                        continue;
                    }
                    up.setString(1, "VALIDATED".equals(v.verdict()) ? SubmissionStatus.VALIDATED.name()
                            : SubmissionStatus.REJECTED.name());
                    up.setTimestamp(2, Timestamp.from(v.checkedAt() != null ? v.checkedAt() : Instant.now()));
                    up.setString(3, v.findings() == null ? "[]" : v.findings().toString());
                    up.setString(4, v.rulesVersion());
                    up.setObject(5, v.submissionId());
                    up.addBatch();
                }
                up.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store submission statuses: " + e.getMessage(), e);
        }
    }
}

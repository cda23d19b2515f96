package org.disclosurepipeline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.CorrectionSummary;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.disclosurepipeline.contract.events.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The records, serialised as the services send them, are valid data of their published schemas, property for
 * property: a refactoring of the records or of the core's report that changes the wire fails here.
 */
class EventSchemasTest {

    static final RawReportEvent ERLI = SampleEvents.raw("610722111", SampleEvents.text("000-erli-610722111.txt"));

    @Test
    void everyEventTypeHasASchemaOfItsOwnName() {
        for (String type : EventSchemas.TYPES) {
            assertThat(Schemas.of(type).path("$id").asText()).endsWith("/" + type + ".json");
            assertThat(Schemas.of(type).path("$schema").asText()).contains("2020-12");
        }
    }

    @Test
    void aRawReportMatchesItsSchema() {
        assertThat(Schemas.strictProblems(EventTypes.RAW, EventCodec.encode(ERLI))).isEmpty();
    }

    @Test
    void aValidatedReportWithItsFindingsMatchesItsSchema() {
        ReportOutcomeEvent outcome = SampleEvents.outcome(ERLI);
        assertThat(outcome.verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(outcome.findings()).isNotEmpty();
        assertThat(Schemas.strictProblems(EventTypes.VALIDATED, EventCodec.encode(outcome))).isEmpty();
        assertThat(Schemas.problems(EventTypes.REJECTED, EventCodec.encode(outcome))).isNotEmpty();
    }

    @Test
    void aRejectedPartialReportMatchesItsSchema() {
        String damaged = ERLI.content().replace("二、", "X").substring(0, 800);
        ReportOutcomeEvent outcome = SampleEvents.outcome(SampleEvents.raw("610722111", damaged));
        assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(Schemas.strictProblems(EventTypes.REJECTED, EventCodec.encode(outcome))).isEmpty();
    }

    @Test
    void aCorrectionAndItsOutcomeMatchTheirSchemasAndReadBack() {
        java.util.List<CorrectedCell> cells = java.util.List.of(
                new CorrectedCell("applications.newReceived.naturalPerson", "12", null));
        RawReportEvent correction = new RawReportEvent(java.util.UUID.randomUUID(), "610722111", "二里镇", 2024,
                SampleEvents.RECEIVED.plusSeconds(3600), "text", ERLI.sha256(), ERLI.sizeBytes(), ERLI.content(),
                "reviewer-610722", ERLI.submissionId(), cells, "reviewer-610722", "原件为12，解析误读");
        assertThat(Schemas.strictProblems(EventTypes.RAW, EventCodec.encode(correction))).isEmpty();
        assertThat(EventCodec.decode(EventCodec.encode(correction), RawReportEvent.class)).isEqualTo(correction);
        // an upload carries none of it, and reads back without it
        assertThat(EventCodec.encode(ERLI)).doesNotContain("correction").doesNotContain("reason");
        assertThat(EventCodec.decode(EventCodec.encode(ERLI), RawReportEvent.class).correctionOf()).isNull();

        ReportOutcomeEvent plain = SampleEvents.outcome(correction);
        CorrectionSummary summary = new CorrectionSummary(ERLI.submissionId(), "reviewer-610722", "原件为12，解析误读",
                java.util.List.of(new CorrectedCell("applications.newReceived.naturalPerson", "12", "l2")));
        ReportOutcomeEvent outcome = new ReportOutcomeEvent(plain.submissionId(), plain.agencyCode(),
                plain.agencyName(), plain.year(), plain.receivedAt(), plain.verdict(), plain.report(),
                plain.findings(), plain.rulesVersion(), plain.checkedAt(), summary);
        assertThat(Schemas.strictProblems(EventTypes.VALIDATED, EventCodec.encode(outcome))).isEmpty();
        assertThat(EventCodec.decode(EventCodec.encode(outcome), ReportOutcomeEvent.class).correction())
                .isEqualTo(summary);
        ObjectNode noCells = (ObjectNode) Schemas.JSON.valueToTree(summary);
        noCells.remove("cells");
        ObjectNode wrong = (ObjectNode) readTree(EventCodec.encode(outcome));
        wrong.set("correction", noCells);
        assertThat(Schemas.problems(EventTypes.VALIDATED, wrong.toString())).isNotEmpty();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Schemas.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRollupMatchesItsSchema() {
        assertThat(Schemas.strictProblems(EventTypes.ROLLUP_CHANGED,
                EventCodec.encode(SampleEvents.rollup("610722")))).isEmpty();
    }

    @Test
    void reviewDecisionsAndApprovalsMatchTheirSchemas() {
        java.util.UUID id = java.util.UUID.randomUUID();
        java.time.Instant at = java.time.Instant.parse("2025-02-03T08:00:00Z");
        ReviewDecidedEvent dismissed = new ReviewDecidedEvent(id, java.util.UUID.randomUUID(), "610722111", 2024, 2,
                "R-META-AGENCY", ReviewDecidedEvent.DISMISSED, "机构名称为简称，核实无误", "reviewer-610722", at,
                "VALIDATED");
        assertThat(Schemas.strictProblems(EventTypes.REVIEW_DECIDED, EventCodec.encode(dismissed))).isEmpty();
        ReviewDecidedEvent confirmed = new ReviewDecidedEvent(id, dismissed.submissionId(), "610722111", 2024, 0,
                "R-T3-OUTCOME-SUM", ReviewDecidedEvent.CONFIRMED, null, "reviewer-610722", at, "REJECTED");
        assertThat(Schemas.strictProblems(EventTypes.REVIEW_DECIDED, EventCodec.encode(confirmed))).isEmpty();
        ReviewDecidedEvent carried = new ReviewDecidedEvent(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                "610722111", 2024, 2, "R-META-AGENCY", ReviewDecidedEvent.DISMISSED, "机构名称为简称，核实无误",
                "reviewer-610722", at, "VALIDATED", dismissed.submissionId());
        assertThat(Schemas.strictProblems(EventTypes.REVIEW_DECIDED, EventCodec.encode(carried))).isEmpty();
        ApprovalChangedEvent approved = new ApprovalChangedEvent(id, "610722111", "township", 2024,
                ApprovalChangedEvent.APPROVED, null, "610722", "reviewer-610722", at);
        assertThat(Schemas.strictProblems(EventTypes.APPROVAL_CHANGED, EventCodec.encode(approved))).isEmpty();
        ApprovalChangedEvent returned = new ApprovalChangedEvent(id, "610722", "county", 2024,
                ApprovalChangedEvent.RETURNED, "表三数字有误，请更正", null, "admin", at);
        assertThat(Schemas.strictProblems(EventTypes.APPROVAL_CHANGED, EventCodec.encode(returned))).isEmpty();
        ApprovalChangedEvent wrong = new ApprovalChangedEvent(id, "6107221", "township", 2024, "MAYBE", null, null,
                "admin", at);
        assertThat(Schemas.problems(EventTypes.APPROVAL_CHANGED, EventCodec.encode(wrong))).hasSizeGreaterThan(1);
    }

    @Test
    void aPropertyTheSchemaDoesNotKnowIsCaughtHereButNotBySubscribers() throws Exception {
        ObjectNode raw = (ObjectNode) Schemas.JSON.readTree(EventCodec.encode(ERLI));
        raw.put("channel", "web");
        assertThat(Schemas.problems(EventTypes.RAW, raw.toString())).isEmpty();
        assertThat(Schemas.strictProblems(EventTypes.RAW, raw.toString())).singleElement().asString()
                .contains("channel");
        ObjectNode outcome = (ObjectNode) Schemas.JSON.readTree(EventCodec.encode(SampleEvents.outcome(ERLI)));
        ((ObjectNode) outcome.path("report").path("activeDisclosure")).put("renamedCell", 1);
        assertThat(Schemas.strictProblems(EventTypes.VALIDATED, outcome.toString())).isNotEmpty();
    }

    @Test
    void theSchemasRejectWhatTheRecordsWouldNotSend() throws Exception {
        ObjectNode raw = (ObjectNode) Schemas.JSON.readTree(EventCodec.encode(ERLI));
        assertThat(Schemas.problems(EventTypes.RAW, raw.deepCopy().put("year", "2024").toString())).isNotEmpty();
        assertThat(Schemas.problems(EventTypes.RAW, raw.deepCopy().put("agencyCode", "610722").toString()))
                .isNotEmpty();
        assertThat(Schemas.problems(EventTypes.RAW, raw.deepCopy().put("receivedAt", "yesterday").toString()))
                .isNotEmpty();
        ObjectNode noContent = raw.deepCopy();
        noContent.remove("content");
        assertThat(Schemas.problems(EventTypes.RAW, noContent.toString())).isNotEmpty();
        ObjectNode rollup = (ObjectNode) Schemas.JSON.readTree(EventCodec.encode(SampleEvents.rollup("610722")));
        assertThat(Schemas.problems(EventTypes.ROLLUP_CHANGED, rollup.put("level", "township").toString()))
                .isNotEmpty();
    }
}

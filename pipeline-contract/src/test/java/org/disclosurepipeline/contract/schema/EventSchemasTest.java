package org.disclosurepipeline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.disclosurepipeline.contract.events.EventTypes;
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

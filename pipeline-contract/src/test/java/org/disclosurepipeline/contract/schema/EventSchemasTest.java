package org.disclosurepipeline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.rules.Verdict;
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

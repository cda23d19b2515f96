package org.disclosurepipeline.validation.service;

import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.CorrectionSummary;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.parse.CellCorrection;
import org.disclosurepipeline.core.parse.Correction;

/** A correction of parsed cells between the event contract and report-core: in from reports.raw, out as a summary. */
final class RawCorrections {

    private RawCorrections() {
    }

    /** The correction a raw event carries, or null for an upload. */
    static Correction of(RawReportEvent raw) {
        if (raw.correctionOf() == null || raw.corrections() == null) {
            return null;
        }
        return new Correction(raw.correctedBy(), raw.reason(), raw.corrections().stream()
                .map(c -> new CellCorrection(c.cell(), c.value(), c.previous())).toList());
    }

    /** The outcome's summary: the cells as applied, with what the parser had read; null for an upload. */
    static CorrectionSummary summary(RawReportEvent raw, ReportChecker.CheckResult result) {
        if (raw.correctionOf() == null || result.correction() == null) {
            return null;
        }
        return new CorrectionSummary(raw.correctionOf(), raw.correctedBy(), raw.reason(), result.correction().cells()
                .stream().map(c -> new CorrectedCell(c.cell(), c.value(), c.previous())).toList());
    }
}

package org.disclosurepipeline.aggregation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One verdict on one submission, with the report's figures: the facts every rollup is the sum of. */
@Entity
@Table(name = "report_fact")
public class ReportFact extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Column(name = "city_code", nullable = false)
    public String cityCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(nullable = false)
    public String verdict;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "checked_at")
    public Instant checkedAt;

    /** Cells by dotted key; empty cells are left out, so that sums never count them as 0. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, BigDecimal> figures;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, Object>> findings;

    /** For a correction of parsed cells: of which submission, who, why and the cells (correctionOf, correctedBy,
     * reason, cells); null for an upload. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "correction")
    public Map<String, Object> correction;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    /** When this fact's current verdict was stored (first, or when a newer rules version replaced it). */
    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    /** The rules version of the verdict; null for verdicts stored before versions were kept. */
    @Column(name = "rules_version")
    public String rulesVersion;

    /** What the rules said when a review changed {@link #verdict} (every error dismissed); null otherwise. */
    @Column(name = "rules_verdict")
    public String rulesVerdict;

    /** Counted as validated: by the rules, or after review. */
    public boolean validated() {
        return "VALIDATED".equals(verdict);
    }

    /** The rules' verdict, whatever a review made of it. */
    public String verdictOfRules() {
        return rulesVerdict != null ? rulesVerdict : verdict;
    }
}

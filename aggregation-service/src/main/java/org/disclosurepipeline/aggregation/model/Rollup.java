package org.disclosurepipeline.aggregation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** The maintained sums for one region and year over the current submission of each agency in it. */
@Entity
@Table(name = "rollup")
@IdClass(Rollup.Key.class)
public class Rollup extends PanacheEntityBase {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    @Column(name = "report_year")
    public int year;

    @Column(nullable = false)
    public String level;

    @Column(name = "validated_reports", nullable = false)
    public int validatedReports;

    @Column(name = "rejected_reports", nullable = false)
    public int rejectedReports;

    /** Sums by dotted cell key over the validated current reports. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, BigDecimal> figures;

    /** How many of those reports filled each cell; a key leaves both maps when its count drops to 0. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cell_reports", nullable = false)
    public Map<String, Integer> cellReports;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A rollup to read (not to change: it is not tracked for changes, so its JSON is not copied). */
    public static Optional<Rollup> of(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2", regionCode, year)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }

    /** The rollups of these regions of a year, to read. */
    public static List<Rollup> of(Collection<String> regionCodes, int year) {
        return find("year = ?1 and regionCode in ?2", year, regionCodes)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** True when both hold the same counts and sums (sums compared by value: 2.50 equals 2.5). */
    public boolean sameFiguresAs(Rollup other) {
        return validatedReports == other.validatedReports && rejectedReports == other.rejectedReports
                && cellReports.equals(other.cellReports) && figures.keySet().equals(other.figures.keySet())
                && figures.entrySet().stream().allMatch(e -> e.getValue().compareTo(other.figures.get(e.getKey())) == 0);
    }

    /** Composite key: region and year. */
    public static class Key implements Serializable, Comparable<Key> {
        public String regionCode;
        public int year;

        public static Key of(String regionCode, int year) {
            Key k = new Key();
            k.regionCode = regionCode;
            k.year = year;
            return k;
        }

        @Override
        public int compareTo(Key o) {
            return year != o.year ? Integer.compare(year, o.year) : regionCode.compareTo(o.regionCode);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && Objects.equals(k.regionCode, regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, year);
        }
    }
}

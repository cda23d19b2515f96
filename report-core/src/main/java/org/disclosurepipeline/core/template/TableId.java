package org.disclosurepipeline.core.template;

/** The statistical tables of the report, with the JSON key under which each one is emitted. */
public enum TableId {
    ACTIVE_DISCLOSURE("activeDisclosure", "T2"),
    ACTIVE_DISCLOSURE_2019("activeDisclosure2019", "T2"),
    APPLICATIONS("applications", "T3"),
    REVIEW_LITIGATION("reviewLitigation", "T4");

    private final String key;
    private final String shortName;

    TableId(String key, String shortName) {
        this.key = key;
        this.shortName = shortName;
    }

    /** The JSON key, also the first part of every dotted cell key of this table. */
    public String key() {
        return key;
    }

    /** T2, T3 or T4, as people who know the template call the tables. */
    public String shortName() {
        return shortName;
    }

    public SectionId section() {
        return switch (this) {
            case ACTIVE_DISCLOSURE, ACTIVE_DISCLOSURE_2019 -> SectionId.ACTIVE_DISCLOSURE;
            case APPLICATIONS -> SectionId.APPLICATIONS;
            case REVIEW_LITIGATION -> SectionId.REVIEW_LITIGATION;
        };
    }
}

package org.disclosurepipeline.core.template;

/** The six sections of the report, in their required order. */
public enum SectionId {
    OVERVIEW("overview"),
    ACTIVE_DISCLOSURE("activeDisclosure"),
    APPLICATIONS("applications"),
    REVIEW_LITIGATION("reviewLitigation"),
    PROBLEMS("problems"),
    OTHER_MATTERS("otherMatters");

    private final String key;

    SectionId(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** 1-based position of the section in the template. */
    public int number() {
        return ordinal() + 1;
    }

    public static SectionId fromKey(String key) {
        for (SectionId id : values()) {
            if (id.key.equals(key)) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown section key: " + key);
    }
}

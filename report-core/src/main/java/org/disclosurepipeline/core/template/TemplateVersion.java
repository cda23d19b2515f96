package org.disclosurepipeline.core.template;

/** Which form of the State Council template a report follows. */
public enum TemplateVersion {
    /** 国办公开办函〔2021〕30号: three rows under （六）其他处理. */
    V2021("2021"),
    /** 国办公开办函〔2019〕60号: a single （六） row and its own T2. */
    V2019("2019"),
    /** A local variant, e.g. two rows under （六）其他处理 without 3.其他. */
    VARIANT("variant");

    private final String code;

    TemplateVersion(String code) {
        this.code = code;
    }

    /** The value used in JSON: "2021", "2019" or "variant". */
    public String code() {
        return code;
    }

    public static TemplateVersion fromCode(String code) {
        for (TemplateVersion v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown template version: " + code);
    }
}

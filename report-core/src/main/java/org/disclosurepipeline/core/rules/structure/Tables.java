package org.disclosurepipeline.core.rules.structure;

/** The tables' names as the template's readers say them in Chinese (kept in the template catalogue). */
final class Tables {

    private Tables() {
    }

    /** 表二（主动公开）, 表三（依申请公开）, 表四（行政复议、行政诉讼） for T2, T3, T4. */
    static String nameZh(String shortName) {
        return org.disclosurepipeline.core.template.TemplateCatalog.tableNameZh(shortName);
    }
}

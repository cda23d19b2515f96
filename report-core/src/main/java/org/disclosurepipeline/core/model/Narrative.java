package org.disclosurepipeline.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures and statements read from the report's prose (主动公开政府信息62条, 收到申请1件, 未收到申请…), by name.
 * Values are numbers or booleans; a name that is absent was not stated.
 */
public final class Narrative {

    /** 主动公开政府信息 N 条. */
    public static final String ACTIVE_DISCLOSED_ITEMS = "activeDisclosedItems";
    /** 收到/受理 (依申请公开) 申请 N 件. */
    public static final String APPLICATIONS_RECEIVED = "applicationsReceived";
    /** 办结/答复 N 件. */
    public static final String APPLICATIONS_COMPLETED = "applicationsCompleted";
    /** 结转下年度 N 件, N 件顺延到下年度, 结转 N 件: carried forward to next year. */
    public static final String APPLICATIONS_CARRIED_FORWARD = "applicationsCarriedForward";
    /** 上年度结转 N 件: carried over from last year. */
    public static final String APPLICATIONS_CARRIED_OVER = "applicationsCarriedOver";
    /** 行政复议 N 起/件. */
    public static final String REVIEW_CASES = "reviewCases";
    /** 行政诉讼 N 起/件. */
    public static final String LITIGATION_CASES = "litigationCases";
    /** The year (2023) of applications the overview counts in a report for another year (2023年，…收到申请4件). */
    public static final String APPLICATIONS_OF_OTHER_YEAR = "applicationsOfOtherYear";
    /** The text says no application was received (未收到/未接到/无依申请公开). */
    public static final String NO_APPLICATIONS = "noApplications";
    /** The text says there was no administrative review or litigation. */
    public static final String NO_REVIEW_OR_LITIGATION = "noReviewOrLitigation";

    private final Map<String, Object> values;

    private Narrative(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Narrative empty() {
        return new Narrative(new LinkedHashMap<>());
    }

    /** Whole numbers are kept as Long, whatever type a JSON reader gave them. */
    public static Narrative of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v instanceof Integer || v instanceof Short ? ((Number) v).longValue() : v));
        return new Narrative(copy);
    }

    public Long count(String name) {
        return values.get(name) instanceof Number n ? n.longValue() : null;
    }

    public boolean says(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Narrative other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

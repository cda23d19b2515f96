package org.disclosurepipeline.core.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.disclosurepipeline.core.model.Narrative;

/**
 * Reads the figures that the prose states (主动公开政府信息62条, 收到申请1件, 未收到申请); what was carried between years
 * is read by {@link CarryStatements}, which tells 上年度结转 from 结转下年度.
 */
final class NarrativeReader {

    private static final AnchoredPattern ACTIVE_ITEMS = AnchoredPattern.of(
            "主动公开[^。；，,\\d]{0,12}?信息\\s*(\\d+)\\s*条", "主动公开").requiring("信息", 12)
            .countingInSentence();
    private static final AnchoredPattern RECEIVED = AnchoredPattern.of(
            "(?:收到|受理|接到|接收)[^。；\\d]{0,16}?申请[^。；\\d]{0,8}?(\\d+)\\s*件", "收到", "受理", "接到", "接收")
            .requiring("申请", 16).countingInSentence();
    private static final AnchoredPattern COMPLETED = AnchoredPattern.of("(?:办结|答复)[^。；\\d]{0,8}?(\\d+)\\s*件",
            "办结", "答复").countingInSentence();
    private static final AnchoredPattern REVIEW = AnchoredPattern.of("行政复议\\s*(\\d+)\\s*[起件]", "行政复议")
            .countingInSentence();
    private static final AnchoredPattern LITIGATION = AnchoredPattern.of("行政诉讼\\s*(\\d+)\\s*[起件]", "行政诉讼")
            .countingInSentence();
    private static final AnchoredPattern NO_APPLICATIONS = AnchoredPattern.of(
            "(?:未|没有)(?:收到|接到|受理)[^。；]{0,16}?申请|无依申请公开|依申请公开[^。；]{0,6}?0\\s*件",
            "未收到", "未接到", "未受理", "没有收到", "没有接到", "没有受理", "无依申请公开", "依申请公开");
    private static final AnchoredPattern NO_REVIEW = AnchoredPattern.of(
            "未(?:引发|发生|产生)?[^。；]{0,4}?行政复议(?:和|或|、|及)?行政诉讼|无行政复议(?:和|或|、|及)?行政诉讼",
            "未", "无行政复议").requiring("行政复议", 6);

    private NarrativeReader() {
    }

    /** Every pattern it reads prose with. */
    static List<AnchoredPattern> patterns() {
        return List.of(ACTIVE_ITEMS, RECEIVED, COMPLETED, REVIEW, LITIGATION, NO_APPLICATIONS, NO_REVIEW);
    }

    static Narrative read(String prose) {
        Map<String, Object> values = new LinkedHashMap<>();
        count(prose, ACTIVE_ITEMS, Narrative.ACTIVE_DISCLOSED_ITEMS, values);
        count(prose, RECEIVED, Narrative.APPLICATIONS_RECEIVED, values);
        count(prose, COMPLETED, Narrative.APPLICATIONS_COMPLETED, values);
        CarryStatements.Counts carried = CarryStatements.read(prose);
        if (carried.fromLastYear() != null) {
            values.put(Narrative.APPLICATIONS_CARRIED_OVER, carried.fromLastYear());
        }
        if (carried.toNextYear() != null) {
            values.put(Narrative.APPLICATIONS_CARRIED_FORWARD, carried.toNextYear());
        }
        count(prose, REVIEW, Narrative.REVIEW_CASES, values);
        count(prose, LITIGATION, Narrative.LITIGATION_CASES, values);
        if (NO_APPLICATIONS.find(prose) != null) {
            values.put(Narrative.NO_APPLICATIONS, true);
        }
        if (NO_REVIEW.find(prose) != null) {
            values.put(Narrative.NO_REVIEW_OR_LITIGATION, true);
        }
        return Narrative.of(values);
    }

    private static void count(String prose, AnchoredPattern pattern, String name, Map<String, Object> values) {
        Matcher m = pattern.find(prose);
        if (m != null) {
            values.put(name, Long.parseLong(m.group(1)));
        }
    }
}

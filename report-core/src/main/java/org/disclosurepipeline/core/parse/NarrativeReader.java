package org.disclosurepipeline.core.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.model.Narrative;

/** Reads the figures that the prose states (主动公开政府信息62条, 收到申请1件, 未收到申请). */
final class NarrativeReader {

    private static final Pattern ACTIVE_ITEMS = Pattern.compile(
            "主动公开[^。；，,\\d]{0,12}?信息\\s*(\\d+)\\s*条");
    private static final Pattern RECEIVED = Pattern.compile(
            "(?:收到|受理|接到|接收)[^。；\\d]{0,16}?申请[^。；\\d]{0,8}?(\\d+)\\s*件");
    private static final Pattern COMPLETED = Pattern.compile("(?:办结|答复)[^。；\\d]{0,8}?(\\d+)\\s*件");
    private static final Pattern CARRIED = Pattern.compile("结转[^。；\\d]{0,12}?(\\d+)\\s*件");
    private static final Pattern REVIEW = Pattern.compile("行政复议\\s*(\\d+)\\s*[起件]");
    private static final Pattern LITIGATION = Pattern.compile("行政诉讼\\s*(\\d+)\\s*[起件]");
    private static final Pattern NO_APPLICATIONS = Pattern.compile(
            "(?:未|没有)(?:收到|接到|受理)[^。；]{0,16}?申请|无依申请公开|依申请公开[^。；]{0,6}?0\\s*件");
    private static final Pattern NO_REVIEW = Pattern.compile(
            "未(?:引发|发生|产生)?[^。；]{0,4}?行政复议(?:和|或|、|及)?行政诉讼|无行政复议(?:和|或|、|及)?行政诉讼");

    private NarrativeReader() {
    }

    static Narrative read(String prose) {
        Map<String, Object> values = new LinkedHashMap<>();
        count(prose, ACTIVE_ITEMS, Narrative.ACTIVE_DISCLOSED_ITEMS, values);
        count(prose, RECEIVED, Narrative.APPLICATIONS_RECEIVED, values);
        count(prose, COMPLETED, Narrative.APPLICATIONS_COMPLETED, values);
        count(prose, CARRIED, Narrative.APPLICATIONS_CARRIED_FORWARD, values);
        count(prose, REVIEW, Narrative.REVIEW_CASES, values);
        count(prose, LITIGATION, Narrative.LITIGATION_CASES, values);
        if (NO_APPLICATIONS.matcher(prose).find()) {
            values.put(Narrative.NO_APPLICATIONS, true);
        }
        if (NO_REVIEW.matcher(prose).find()) {
            values.put(Narrative.NO_REVIEW_OR_LITIGATION, true);
        }
        return Narrative.of(values);
    }

    private static void count(String prose, Pattern pattern, String name, Map<String, Object> values) {
        Matcher m = pattern.matcher(prose);
        if (m.find()) {
            values.put(name, Long.parseLong(m.group(1)));
        }
    }
}

package org.disclosurepipeline.core.synthetic;

import java.time.LocalDate;

/** The prose of a synthetic report: enough words around the tables to look like a real one. */
final class Prose {

    private Prose() {
    }

    static String preamble(SyntheticReport r) {
        return "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自" + r.year()
                + "年1月1日起至" + r.year() + "年12月31日止。";
    }

    static String overview(SyntheticReport r) {
        long received = r.get("applications.newReceived.total").longValue();
        return r.year() + "年，" + r.agencyName() + "认真贯彻落实政府信息公开工作要求，全面推进政务公开。\n"
                + "（一）主动公开。全年通过政府网站主动公开政府信息" + (received * 3 + 17) + "条。\n"
                + "（二）依申请公开。全年共收到政府信息公开申请" + received + "件，均按时答复。\n"
                + "（三）政府信息管理。严格落实保密审查制度。\n"
                + "（四）平台建设。及时更新政府信息公开专栏。";
    }

    static String problems() {
        return "一是公开内容还不够丰富；二是工作人员业务水平有待提高。下一步将加强培训，提升公开质量。";
    }

    static String otherMatters() {
        return "本年度未收取政府信息公开信息处理费。";
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}

package org.disclosurepipeline.common.intake;

/** The uploaded document cannot be read as a report (damaged, a bomb, binary, no text); answered with 422. */
public class UnreadableReportException extends DocumentRefusal {

    public UnreadableReportException(String reason) {
        super(reason, false);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unreadable report";
    }
}

package org.disclosurepipeline.common.intake;

/**
 * The text read from a document is larger than one Kafka record may carry ({@code intake.max-text-bytes}): refused
 * at intake with 413, so that no accepted report is left without a verdict because its event cannot be sent.
 */
public class TextTooLargeException extends DocumentRefusal {

    public TextTooLargeException(long textBytes, long limit) {
        super("the report's text is " + textBytes + " bytes (UTF-8); the limit is " + limit
                + " bytes (intake.max-text-bytes): one report must fit one record of reports.raw", false);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Too large";
    }
}

package org.disclosurepipeline.common.intake;

/** The upload is of a type the pipeline does not read (an image, an old .doc, a spreadsheet…); answered with 415. */
public class UnsupportedDocumentException extends DocumentRefusal {

    public UnsupportedDocumentException(String reason, boolean declaredType) {
        super(reason, declaredType);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String title() {
        return "Unsupported document type";
    }
}

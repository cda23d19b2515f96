package org.disclosurepipeline.ingest.service;

/** The upload is of a type the pipeline does not read (an image, an old .doc, a spreadsheet…); answered with 415. */
public class UnsupportedDocumentException extends RuntimeException {

    public UnsupportedDocumentException(String reason) {
        super(reason);
    }
}

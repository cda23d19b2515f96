package org.disclosurepipeline.common.intake;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.disclosurepipeline.common.http.ProblemException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A report sent as the form part {@code file}, with {@code agency} and {@code year} as form fields or query
 * parameters: the same on ingest's upload and validation's dry run.
 *
 * @param contentType the part's declared type, or null
 */
public record FormDocument(byte[] bytes, String contentType) {

    public static final String PART = "file";

    /** The query parameters with the form fields over them. */
    public static MultivaluedMap<String, String> parameters(UriInfo uri, String agency, String year) {
        var parameters = new MultivaluedHashMap<String, String>(uri.getQueryParameters());
        if (agency != null) {
            parameters.putSingle("agency", agency);
        }
        if (year != null) {
            parameters.putSingle("year", year);
        }
        return parameters;
    }

    /** The part {@code file} (null when the form has none), read if it is within the limit. */
    public static FormDocument read(FileUpload file, long maxBytes) {
        if (file == null) {
            throw ProblemException.field(400, "Bad request", PART, "missing; send the report as the form part '"
                    + PART + "'");
        }
        if (file.size() > maxBytes) {
            throw Bodies.tooLarge(PART, "the file " + (file.fileName() == null ? ""
                    : DeclaredType.shorten(file.fileName())), maxBytes);
        }
        try {
            return new FormDocument(Files.readAllBytes(file.uploadedFile()), file.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part", e);
        }
    }
}

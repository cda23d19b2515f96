package org.disclosurepipeline.core.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.json.Json;

/**
 * A real published report in src/test/resources/documents, as uploaded (PDF, HTML, Word or text), with what a
 * person read from it by hand in {@code NAME.expect.json}: {@code file}, {@code verdict}, {@code meta.year},
 * {@code cells} (stable key → number or null for a blank cell) and {@code absent} (keys of rows the document does
 * not have). The index of documents is {@code documents/index.txt}, one expect file name per line.
 */
record RealDocument(String name, String file, String verdict, Integer year, Map<String, BigDecimal> cells,
        List<String> absent) {

    private static final String FOLDER = "/documents/";

    static List<RealDocument> all() {
        List<RealDocument> docs = new ArrayList<>();
        for (String line : text(FOLDER + "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                docs.add(load(name));
            }
        }
        return docs;
    }

    static RealDocument load(String expectFile) {
        try {
            JsonNode root = Json.mapper().readTree(text(FOLDER + expectFile));
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            root.get("cells").fields().forEachRemaining(e ->
                    cells.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue()));
            List<String> absent = new ArrayList<>();
            root.path("absent").forEach(n -> absent.add(n.asText()));
            JsonNode year = root.path("meta").path("year");
            return new RealDocument(expectFile.replace(".expect.json", ""), root.get("file").asText(),
                    root.get("verdict").asText(), year.isMissingNode() ? null : year.asInt(), cells, absent);
        } catch (IOException e) {
            throw new UncheckedIOException(expectFile, e);
        }
    }

    byte[] bytes() {
        return bytes(FOLDER + file);
    }

    @Override
    public String toString() {
        return file;
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RealDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

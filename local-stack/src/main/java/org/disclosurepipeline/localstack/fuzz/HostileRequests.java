package org.disclosurepipeline.localstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.fuzz.HostileRequest.Framing;
import org.disclosurepipeline.localstack.fuzz.HostileRequest.Target;

/**
 * Makes hostile requests from a seed: the same seed, the same requests. Each request takes a well-formed document
 * and breaks one thing about it (its bytes, its framing, its type, its parameters, its form, its token), so that
 * every part of the intake is reached with everything else right.
 */
final class HostileRequests {

    private static final String UPLOAD = "/api/v1/reports";
    private static final String DRY_RUN = "/api/v1/validate";
    private static final String AGENCY = "agency=610722111&year=2024";
    private static final long LIMIT = 20L * 1024 * 1024;
    private static final List<String> TYPES = List.of("text/plain", "text/plain; charset=UTF-8", "text/html",
            "application/pdf", Material.DOCX, "application/octet-stream", "application/json", "image/png", "");
    static final List<String> BAD_TYPES = List.of("x/y/z", ";;;", "text/", "/", "text", "text/plain;;charset",
            "text/plain; charset", "text/plain; =x", "a b/c", "текст/plain", "text/plain\u0001", "*/*; q=abc",
            "multipart/form-data", "multipart/form-data; boundary=", "text/plain, application/pdf", "(comment)/x");

    private final Random random;
    private final Material material;
    private final DevTokens tokens;
    private final String admin;

    HostileRequests(long seed, DevTokens tokens) {
        this.random = new Random(seed);
        this.material = new Material(seed);
        this.tokens = tokens;
        this.admin = tokens.admin();
    }

    HostileRequest next() {
        return switch (random.nextInt(16)) {
            case 0 -> randomBytes();
            case 1, 2 -> truncated();
            case 3, 4 -> flipped();
            case 5 -> gbk();
            case 6 -> huge();
            case 7 -> chunked();
            case 8 -> bomb();
            case 9, 10 -> malformedMultipart();
            case 11 -> contentType();
            case 12 -> parameters();
            case 13 -> token();
            case 14 -> batch();
            default -> headers();
        };
    }

    // ---- the body --------------------------------------------------------------------------------------------

    private HostileRequest randomBytes() {
        byte[] bytes = new byte[random.nextInt(4) == 0 ? random.nextInt(16) : random.nextInt(200_000)];
        random.nextBytes(bytes);
        return document("random-bytes", bytes, pick(TYPES));
    }

    private HostileRequest truncated() {
        Material.Document doc = pick(material.documents);
        byte[] cut = Arrays.copyOf(doc.bytes(), random.nextInt(doc.bytes().length));
        return document("truncated-" + extension(doc), cut, doc.type());
    }

    private HostileRequest flipped() {
        Material.Document doc = pick(material.documents);
        byte[] bytes = doc.bytes().clone();
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return document("flipped-" + extension(doc), bytes, random.nextBoolean() ? doc.type() : null);
    }

    private HostileRequest gbk() {
        byte[] bytes = material.documents.get(1).bytes().clone();
        if (random.nextBoolean()) {
            bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)); // may cut a character in half
        }
        return document("gbk", bytes, pick(List.of("text/plain", "text/plain; charset=GBK", "text/plain; charset=UTF-8",
                "application/octet-stream", "")));
    }

    private HostileRequest huge() {
        Target target = pick(List.of(Target.UPLOAD, Target.DRY_RUN, Target.UPLOAD_FORM));
        String type = target == Target.UPLOAD_FORM ? "multipart/form-data; boundary=huge" : "application/octet-stream";
        long size = LIMIT + 1 + random.nextInt(10 * 1024 * 1024);
        boolean chunked = random.nextBoolean();
        byte[] formHead = target == Target.UPLOAD_FORM ? ("--huge\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII) : new byte[0];
        return new HostileRequest(chunked ? "huge-chunked" : "huge-length", target, path(target),
                headers(admin, type), formHead, chunked ? Framing.HUGE_CHUNKED : Framing.HUGE_LENGTH, size);
    }

    private HostileRequest chunked() {
        Material.Document doc = pick(material.documents);
        Target target = random.nextBoolean() ? Target.UPLOAD : Target.DRY_RUN;
        return new HostileRequest("chunked-" + extension(doc), target, path(target), headers(admin, doc.type()),
                unique(doc.bytes()), Framing.CHUNKED, 0);
    }

    private HostileRequest bomb() {
        boolean word = random.nextBoolean();
        return document(word ? "word-bomb" : "zip-bomb", word ? material.wordBomb : material.zipBomb,
                pick(List.of(Material.DOCX, "application/octet-stream", "")));
    }

    /** The document sent to one of the four ways in, as the body or the form part 'file'. */
    private HostileRequest document(String kind, byte[] bytes, String type) {
        Target target = pick(List.of(Target.UPLOAD, Target.UPLOAD, Target.UPLOAD_FORM, Target.DRY_RUN,
                Target.DRY_RUN_FORM));
        if (target == Target.UPLOAD || target == Target.DRY_RUN) {
            return new HostileRequest(kind, target, path(target), headers(admin, type), bytes, Framing.LENGTH, 0);
        }
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        List<Part> parts = new ArrayList<>(List.of(new Part("file", "report.bin", type, bytes)));
        if (random.nextBoolean()) {
            parts.add(new Part("agency", null, null, "610722111".getBytes(StandardCharsets.US_ASCII)));
            parts.add(new Part("year", null, null, "2024".getBytes(StandardCharsets.US_ASCII)));
        }
        String path = target == Target.UPLOAD_FORM ? UPLOAD + "?" + AGENCY : DRY_RUN;
        return new HostileRequest(kind, target, path, headers(admin, "multipart/form-data; boundary=" + boundary),
                multipart(boundary, parts, true), Framing.LENGTH, 0);
    }

    // ---- the form ----------------------------------------------------------------------------------------------

    private HostileRequest malformedMultipart() {
        Target target = pick(List.of(Target.UPLOAD_FORM, Target.DRY_RUN_FORM, Target.BATCH, Target.UPLOAD));
        String boundary = "b" + Long.toHexString(random.nextLong());
        Material.Document doc = pick(material.documents);
        byte[] good = multipart(boundary, List.of(new Part(target == Target.BATCH ? "archive" : "file", "r.bin",
                doc.type(), doc.bytes())), true);
        String type = "multipart/form-data; boundary=" + boundary;
        String kind;
        byte[] body;
        switch (random.nextInt(8)) {
            case 0 -> { // the closing boundary never comes
                kind = "multipart-unterminated";
                body = multipart(boundary, List.of(new Part("file", "r.bin", doc.type(), doc.bytes())), false);
            }
            case 1 -> { // cut anywhere
                kind = "multipart-truncated";
                body = Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 2 -> { // noise declared as a form
                kind = "multipart-random-bytes";
                body = new byte[random.nextInt(100_000)];
                random.nextBytes(body);
            }
            case 3 -> { // the header's boundary is not the body's
                kind = "multipart-wrong-boundary";
                body = good;
                type = "multipart/form-data; boundary=other" + boundary;
            }
            case 4 -> { // a plain document declared as a form
                kind = "multipart-over-plain-body";
                body = doc.bytes();
            }
            case 5 -> { // a part without its headers' blank line, or without a name
                kind = "multipart-bad-part-headers";
                body = ("--" + boundary + "\r\nContent-Disposition: form-data\r\nContent-Type: text/plain\r\n"
                        + "x\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> { // the same part many times
                kind = "multipart-repeated-parts";
                List<Part> parts = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    parts.add(new Part("file", "r" + i + ".txt", "text/plain", ("r" + i).getBytes(StandardCharsets.UTF_8)));
                }
                body = multipart(boundary, parts, true);
            }
            default -> { // bit flips inside the form's own structure
                kind = "multipart-flipped";
                body = good.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    int at = random.nextInt(Math.min(body.length, 400));
                    body[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
        }
        return new HostileRequest(kind, target, path(target), headers(admin, type), body, Framing.LENGTH, 0);
    }

    private HostileRequest batch() {
        String boundary = "batch" + Long.toHexString(random.nextLong());
        Material.Document doc = pick(material.documents);
        byte[] archive = Material.zip(doc.name(), unique(doc.bytes()));
        String manifest = doc.name() + ",610722111,2024\n";
        String kind;
        switch (random.nextInt(7)) {
            case 0 -> {
                kind = "batch-archive-random-bytes";
                archive = new byte[random.nextInt(50_000)];
                random.nextBytes(archive);
            }
            case 1 -> {
                kind = "batch-archive-truncated";
                archive = Arrays.copyOf(archive, random.nextInt(archive.length));
            }
            case 2 -> {
                kind = "batch-zip-bomb";
                archive = material.zipBomb;
                manifest = "payload.bin,610722111,2024\n";
            }
            case 3 -> {
                kind = "batch-manifest-garbage";
                byte[] noise = new byte[random.nextInt(5_000)];
                random.nextBytes(noise);
                manifest = new String(noise, StandardCharsets.ISO_8859_1);
            }
            case 4 -> {
                kind = "batch-manifest-bad-lines";
                manifest = pick(List.of("a,b", ",,", doc.name() + ",6107221,2024", doc.name() + ",610722111,abc",
                        doc.name() + ",610722111,99999", "../../etc/passwd,610722111,2024", doc.name() + ",,",
                        "x".repeat(10_000) + ",610722111,2024"));
            }
            case 5 -> {
                kind = "batch-missing-part";
                List<Part> only = List.of(random.nextBoolean() ? new Part("archive", "a.zip", "application/zip", archive)
                        : new Part("manifest", "m.csv", "text/csv", manifest.getBytes(StandardCharsets.UTF_8)));
                return new HostileRequest(kind, Target.BATCH, "/api/v1/batches",
                        headers(admin, "multipart/form-data; boundary=" + boundary), multipart(boundary, only, true),
                        Framing.LENGTH, 0);
            }
            default -> kind = "batch-well-formed";
        }
        List<Part> parts = List.of(new Part("archive", "a.zip", "application/zip", archive),
                new Part("manifest", "m.csv", "text/csv", manifest.getBytes(StandardCharsets.ISO_8859_1)));
        return new HostileRequest(kind, Target.BATCH, "/api/v1/batches",
                headers(admin, "multipart/form-data; boundary=" + boundary), multipart(boundary, parts, true),
                Framing.LENGTH, 0);
    }

    // ---- the headers and parameters ----------------------------------------------------------------------------

    private HostileRequest contentType() {
        Material.Document doc = pick(material.documents);
        Target target = pick(List.of(Target.UPLOAD, Target.DRY_RUN, Target.UPLOAD_FORM, Target.BATCH));
        List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + admin));
        String kind;
        switch (random.nextInt(3)) {
            case 0 -> {
                String type = pick(BAD_TYPES);
                kind = refusedByDecoder(type) ? "content-type-refused-by-decoder" : "content-type-unparseable";
                headers.add("Content-Type: " + type);
            }
            case 1 -> {
                kind = "content-type-twice";
                headers.add("Content-Type: text/plain");
                headers.add("Content-Type: " + pick(TYPES.subList(2, 6)));
            }
            default -> { // a type the bytes contradict
                kind = "content-type-contradicts";
                headers.add("Content-Type: " + pick(List.of("application/pdf", Material.DOCX, "text/html",
                        "image/png", "application/zip")));
            }
        }
        return new HostileRequest(kind, target, path(target), headers, unique(doc.bytes()), Framing.LENGTH, 0);
    }

    private HostileRequest parameters() {
        Target target = pick(List.of(Target.UPLOAD, Target.UPLOAD, Target.DRY_RUN));
        String base = target == Target.UPLOAD ? UPLOAD : DRY_RUN;
        String query = pick(List.of("", "?agency=610722111", "?year=2024", "?agency=&year=", "?agency=abc&year=2024",
                "?agency=610722111&year=abc", "?agency=610722111&year=99999", "?agency=999999999&year=2024",
                "?agency=6107221110&year=2024", "?agency=610722111&year=2024&extra=1",
                "?agency=610722111&agency=610722114&year=2024", "?agency=610722111&year=2024&year=2023",
                "?agency=%ZZ&year=2024", "?agency=610722111&year=" + "9".repeat(5000),
                "?" + "a".repeat(3000) + "=1", "?agency=610722111%00&year=2024", "?agency=６１０７２２１１１&year=2024",
                "?agency=610722111&year=1999", "?agency=610722111&year=-2024", "?agency=610722111&year=2024.0",
                "?agency=+610722111&year=2024", "?=&=&&", "?agency=610722111&year=2024#frag"));
        byte[] body = unique(pick(material.documents.subList(0, 2)).bytes());
        return new HostileRequest(refusedByDecoder(query) ? "parameters-refused-by-decoder" : "parameters", target, base + query,
                headers(admin, "text/plain"), body, Framing.LENGTH, 0);
    }

    private HostileRequest token() {
        Target target = pick(List.of(Target.UPLOAD, Target.UPLOAD_FORM, Target.BATCH, Target.DRY_RUN));
        String good = tokens.submitter("610722");
        String auth = switch (random.nextInt(11)) {
            case 0 -> null;
            case 1 -> "Authorization: Bearer";
            case 2 -> "Authorization: Bearer not.a.token";
            case 3 -> "Authorization: Bearer " + good.substring(0, good.length() - 4) + "AAAA"; // forged signature
            case 4 -> "Authorization: Bearer " + forgedClaims(good); // claims changed, signature kept
            case 5 -> "Authorization: Bearer " + tokens.expired("office-610722", List.of("submitter"), "610722");
            case 6 -> "Authorization: Bearer " + DevTokens.generate().admin(); // a key nobody trusts
            case 7 -> "Authorization: Bearer " + tokens.submitter("6"); // a prefix of five provinces
            case 8 -> "Authorization: Bearer " + tokens.submitter("410425"); // a foreign region
            case 9 -> "Authorization: Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
            default -> "Authorization: Bearer " + unsigned();
        };
        List<String> headers = new ArrayList<>();
        if (auth != null) {
            headers.add(auth);
        }
        String boundary = "tok" + Long.toHexString(random.nextLong());
        byte[] report = unique(material.documents.get(0).bytes());
        if (target == Target.UPLOAD_FORM || target == Target.BATCH) {
            headers.add("Content-Type: multipart/form-data; boundary=" + boundary);
            List<Part> parts = target == Target.BATCH
                    ? List.of(new Part("archive", "a.zip", "application/zip", Material.zip("r.txt", report)),
                            new Part("manifest", "m.csv", "text/csv", "r.txt,610722111,2024".getBytes()))
                    : List.of(new Part("file", "r.txt", "text/plain", report));
            return new HostileRequest("token", target, target == Target.BATCH ? "/api/v1/batches" : UPLOAD + "?" + AGENCY,
                    headers, multipart(boundary, parts, true), Framing.LENGTH, 0);
        }
        headers.add("Content-Type: text/plain");
        return new HostileRequest("token", target, (target == Target.UPLOAD ? UPLOAD : DRY_RUN) + "?" + AGENCY,
                headers, report, Framing.LENGTH, 0);
    }

    private HostileRequest headers() {
        Target target = pick(List.of(Target.UPLOAD, Target.DRY_RUN));
        List<String> headers = new ArrayList<>(headers(admin, "text/plain"));
        String kind = "headers";
        switch (random.nextInt(4)) {
            case 0 -> headers.add("Accept: " + pick(List.of("x/y/z", ";;;", "application/json;q=x", "*/", "text/html")));
            case 1 -> headers.add("Content-Encoding: " + pick(List.of("gzip", "br", "deflate", "bogus")));
            case 2 -> headers.add("Expect: 100-continue");
            default -> headers.add("X-Noise: " + "x".repeat(1 + random.nextInt(6000)));
        }
        return new HostileRequest(kind, target, path(target), headers, unique(material.documents.get(0).bytes()),
                Framing.LENGTH, 0);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private record Part(String name, String fileName, String type, byte[] content) {
    }

    private static byte[] multipart(String boundary, List<Part> parts, boolean closed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder h = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(p.name()).append('"');
            if (p.fileName() != null) {
                h.append("; filename=\"").append(p.fileName()).append('"');
            }
            if (p.type() != null && !p.type().isEmpty()) {
                h.append("\r\nContent-Type: ").append(p.type());
            }
            out.writeBytes(h.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (closed) {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private List<String> headers(String token, String type) {
        List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + token));
        if (type != null && !type.isEmpty()) {
            headers.add("Content-Type: " + type);
        }
        return headers;
    }

    private static String path(Target target) {
        return switch (target) {
            case UPLOAD, UPLOAD_FORM -> UPLOAD + "?" + AGENCY;
            case BATCH -> "/api/v1/batches";
            case DRY_RUN, DRY_RUN_FORM -> DRY_RUN + "?" + AGENCY;
        };
    }

    /** A text report made different from every earlier one, so that it is read rather than found a duplicate. */
    private byte[] unique(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '%' || bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return bytes; // PDF and Word are sent as they are
        }
        byte[] tail = ("\n" + Long.toHexString(random.nextLong()) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, out, bytes.length, tail.length);
        return out;
    }

    private String forgedClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"submitter\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(
                StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String unsigned() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "."
                + url.encodeToString(("{\"iss\":\"disclosure-pipeline\",\"sub\":\"x\",\"groups\":[\"admin\"],"
                + "\"exp\":4102444800}").getBytes()) + ".";
    }

    /**
     * Whether the server's HTTP decoder (Netty, in Vert.x) refuses the text before any application code runs, with a
     * bare 400 or 414 and no body: octets outside ASCII or control characters in the request line or a header, a
     * malformed percent-escape, a request line over its limit (quarkus.http.limits.max-initial-line-length, 4096).
     */
    static boolean refusedByDecoder(String text) {
        return text.chars().anyMatch(c -> c > 126 || c < 32) || text.matches(".*%(?![0-9A-Fa-f]{2}).*")
                || text.length() > 2000;
    }

    private static String extension(Material.Document doc) {
        return doc.name().substring(doc.name().indexOf('.') + 1).replace("txt", "text");
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

package org.disclosurepipeline.localstack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.fuzz.HostileRequest.Framing;
import org.disclosurepipeline.localstack.fuzz.HostileRequest.Target;

/**
 * Every input that ever made a service fail (5xx, no answer, an answer that is not a problem naming the field), sent
 * first on every run with the status it must get now. Add each new finding here when it is fixed.
 */
final class Regressions {

    /** A request and the status it must be answered with (a single digit: any status of that class). */
    record Case(String name, HostileRequest request, int expected) {
        boolean met(int status) {
            return expected < 10 ? status / 100 == expected : status == expected;
        }
    }

    private Regressions() {
    }

    static List<Case> all(DevTokens tokens, long seed) {
        String admin = "Authorization: Bearer " + tokens.admin();
        byte[] report = ("二里镇 regression report " + seed + "\n").getBytes(StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        // issue 13: a Content-Type that cannot be parsed → 500 "Failed to parse media type"
        for (String type : List.of("x/y/z", ";;;")) {
            cases.add(new Case("unparseable Content-Type " + type, request(Target.UPLOAD,
                    "/api/v1/reports?agency=610722111&year=2024", List.of(admin, "Content-Type: " + type), report), 415));
            cases.add(new Case("unparseable Content-Type " + type + " (dry run)", request(Target.DRY_RUN,
                    "/api/v1/validate", List.of(admin, "Content-Type: " + type), report), 415));
        }
        // issue 13: malformed multipart → 500 with the framework's error page
        String form = "Content-Type: multipart/form-data; boundary=xyz";
        cases.add(new Case("unterminated multipart part", request(Target.UPLOAD_FORM,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, form),
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\nabc"
                        .getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("random bytes sent as multipart", request(Target.UPLOAD_FORM,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, form), noise(seed, 5000)), 400));
        cases.add(new Case("a multipart boundary over a plain body", request(Target.UPLOAD_FORM,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, form), report), 400));
        cases.add(new Case("random bytes sent as a multipart batch", request(Target.BATCH, "/api/v1/batches",
                List.of(admin, form), noise(seed + 1, 5000)), 400));
        // fuzz, seed 13: a part whose headers never end (MultipartParser$MalformedMessageException) → 500
        byte[] badPart = "--xyz\r\nContent-Disposition: form-data\r\nContent-Type: text/plain\r\nx\r\n--xyz--\r\n"
                .getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("multipart part without the blank line after its headers", request(Target.UPLOAD_FORM,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, form), badPart), 400));
        cases.add(new Case("multipart part without the blank line (dry run)", request(Target.DRY_RUN_FORM,
                "/api/v1/validate", List.of(admin, form), badPart), 400));
        // fuzz, seed 13: a batch archive cut short (EOFException from the ZIP reader) → 500
        byte[] zip = Material.zip("r.txt", ("二里镇 cut short " + seed).repeat(100).getBytes(StandardCharsets.UTF_8));
        cases.add(new Case("batch archive cut short", request(Target.BATCH, "/api/v1/batches",
                List.of(admin, "Content-Type: multipart/form-data; boundary=cut"), ("--cut\r\nContent-Disposition: "
                + "form-data; name=\"archive\"; filename=\"a.zip\"\r\n\r\n" + new String(java.util.Arrays.copyOf(zip,
                zip.length / 2), StandardCharsets.ISO_8859_1) + "\r\n--cut\r\nContent-Disposition: form-data; "
                + "name=\"manifest\"; filename=\"m.csv\"\r\n\r\nr.txt,610722111,2024\r\n--cut--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)), 400));
        // issue 13: an identical body got 200 duplicate although its declared type contradicts the bytes
        cases.add(new Case("upload before its contradicting twin", request(Target.UPLOAD,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, "Content-Type: text/plain"), report), 2));
        cases.add(new Case("identical body declared as a PDF", request(Target.UPLOAD,
                "/api/v1/reports?agency=610722111&year=2024", List.of(admin, "Content-Type: application/pdf"), report),
                415));
        // issue 13: the dry run judged parameters unlike the upload (404 for year=abc, 99999 and 999999999 accepted)
        for (String query : List.of("?year=abc", "?agency=610722111&year=99999", "?agency=999999999&year=2024")) {
            cases.add(new Case("dry run " + query, request(Target.DRY_RUN, "/api/v1/validate" + query,
                    List.of(admin, "Content-Type: text/plain"), report), 400));
        }
        // issue 13: a region claim "6" was a prefix of five provinces
        cases.add(new Case("region claim 6", request(Target.UPLOAD, "/api/v1/reports?agency=610722111&year=2024",
                List.of("Authorization: Bearer " + tokens.submitter("6"), "Content-Type: text/plain"), report), 403));
        return cases;
    }

    private static HostileRequest request(Target target, String path, List<String> headers, byte[] body) {
        return new HostileRequest("regression", target, path, headers, body, Framing.LENGTH, 0);
    }

    private static byte[] noise(long seed, int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}

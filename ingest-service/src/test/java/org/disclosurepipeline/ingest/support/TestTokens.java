package org.disclosurepipeline.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.disclosurepipeline.localstack.auth.DevTokens;

/** Tokens signed with the test key whose public half the test profile trusts (src/test/resources/jwt). */
public final class TestTokens {

    private static final DevTokens TOKENS = load();

    private TestTokens() {
    }

    public static String admin() {
        return TOKENS.admin();
    }

    public static String viewer() {
        return TOKENS.viewer();
    }

    public static String submitter(String region) {
        return TOKENS.submitter(region);
    }

    public static DevTokens tokens() {
        return TOKENS;
    }

    private static DevTokens load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/jwt/private-key.pem")) {
            return DevTokens.fromPrivateKeyPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

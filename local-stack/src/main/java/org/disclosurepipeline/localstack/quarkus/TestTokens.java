package org.disclosurepipeline.localstack.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.disclosurepipeline.localstack.auth.DevTokens;

/**
 * Tokens for the services' tests, signed with a fixed test key (jwt/test-signing-key.pem in this module) whose
 * public half {@link LocalStackTestResource} gives every service under test. Never trusted outside tests.
 */
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

    public static String reviewer(String region) {
        return TOKENS.reviewer(region);
    }

    public static DevTokens tokens() {
        return TOKENS;
    }

    private static DevTokens load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/jwt/test-signing-key.pem")) {
            return DevTokens.fromPrivateKeyPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

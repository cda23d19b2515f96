package org.disclosurepipeline.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens are RS256 JWTs that verify against the published key, and a kept key survives a restart. */
class DevTokensTest {

    @TempDir
    Path dir;

    @Test
    void aSubmitterTokenCarriesItsRegionAndVerifiesWithThePublicKey() throws Exception {
        DevTokens tokens = DevTokens.loadOrCreate(dir.resolve("keys/dev.pem"));
        String[] parts = tokens.submitter("610722").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"region\":\"610722\"", "\"groups\":[\"submitter\"]",
                "\"iss\":\"disclosure-pipeline\"");

        String pem = tokens.publicKeyPem().replaceAll("-----[A-Z ]+-----|\\s", "");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(KeyFactory.getInstance("RSA").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        assertThat(DevTokens.loadOrCreate(dir.resolve("keys/dev.pem")).publicKeyPem())
                .isEqualTo(tokens.publicKeyPem());
    }
}

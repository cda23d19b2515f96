package org.disclosurepipeline.localstack.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.core.json.Json;

/**
 * Development bearer tokens (RS256 JWTs) signed with a local RSA key, with plain JDK crypto: for
 * {@code ./run-local.sh}, the end-to-end tests and the services' tests. Never for production: the services
 * verify against whatever public key their deployment configures.
 */
public final class DevTokens {

    public static final String ISSUER = "disclosure-pipeline";
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final RSAPrivateCrtKey privateKey;
    private final PublicKey publicKey;

    private DevTokens(RSAPrivateCrtKey privateKey) {
        this.privateKey = privateKey;
        try {
            this.publicKey = KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public key", e);
        }
    }

    /** A fresh key, for one run. */
    public static DevTokens generate() {
        return new DevTokens(DevKeys.generate());
    }

    /** The key kept in {@code file} (PKCS#8 PEM), created there on first use so that tokens outlive restarts. */
    public static DevTokens loadOrCreate(Path file) {
        return new DevTokens(DevKeys.loadOrCreate(file));
    }

    public static DevTokens fromPrivateKeyPem(String pem) {
        return new DevTokens(DevKeys.fromPem(pem));
    }

    public String publicKeyPem() {
        return DevKeys.pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** What a service needs to verify these tokens, as Quarkus properties. */
    public Map<String, String> verifierConfig() {
        return Map.of("mp.jwt.verify.publickey", publicKeyPem(), "mp.jwt.verify.issuer", ISSUER);
    }

    public String admin() {
        return mint("admin", List.of("admin"), null);
    }

    public String viewer() {
        return mint("viewer", List.of("viewer"), null);
    }

    /** A submitter for the agencies inside {@code region} (a township, county, city or province code). */
    public String submitter(String region) {
        return mint("office-" + region, List.of("submitter"), region);
    }

    /** A reviewer who reads the reports and findings of the agencies inside {@code region}. */
    public String reviewer(String region) {
        return mint("reviewer-" + region, List.of("reviewer"), region);
    }

    public String mint(String subject, Collection<String> groups, String region) {
        return mint(subject, groups, region, Instant.now(), LIFETIME);
    }

    /** A token that expired a day ago, otherwise as {@link #mint}: services must refuse it. */
    public String expired(String subject, Collection<String> groups, String region) {
        return mint(subject, groups, region, Instant.now().minus(Duration.ofDays(2)), Duration.ofDays(1));
    }

    private String mint(String subject, Collection<String> groups, String region, Instant now, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.copyOf(groups));
        if (region != null) {
            claims.put("region", region);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String signingInput = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String part(Map<String, ?> json) {
        try {
            return URL.encodeToString(Json.mapper().writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

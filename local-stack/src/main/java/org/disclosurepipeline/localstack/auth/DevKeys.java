package org.disclosurepipeline.localstack.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The RSA signing key of development tokens: generated, read from or kept in a PKCS#8 PEM file. */
final class DevKeys {

    private DevKeys() {
    }

    static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The key kept in {@code file}, created there on first use so that tokens outlive restarts. */
    static RSAPrivateCrtKey loadOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return fromPem(Files.readString(file));
            }
            RSAPrivateCrtKey key = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development key in " + file, e);
        }
    }

    static RSAPrivateCrtKey fromPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM", e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

package org.shuzhi.federation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * This node's Ed25519 key pair and the signatures made and checked with it. The key file holds two lines — the
 * private key (PKCS#8) and the public key (X.509), both Base64 — and is created, readable by its owner only, when it
 * does not exist. The public key is what another node is configured with to verify this one.
 */
final class NodeKeys {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String publicKey;

    private NodeKeys(PrivateKey privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key pair in {@code file}, created there first when the file does not exist. */
    static NodeKeys load(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path written = Files.writeString(Files.createTempFile(file.toAbsolutePath().getParent(), "node", ".key"),
                        encode(pair.getPrivate().getEncoded()) + "\n" + encode(pair.getPublic().getEncoded()) + "\n");
                restrict(written);
                Files.move(written, file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 2) {
                throw new IllegalStateException("not a Shuzhi node key file (private and public key lines): " + file);
            }
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).strip())));
            String publicKey = lines.get(1).strip();
            publicKey(publicKey);
            return new NodeKeys(key, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the node key file " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not a valid Ed25519 node key file: " + file, e);
        }
    }

    /** This node's public key (X.509, Base64). */
    String publicKey() {
        return publicKey;
    }

    /** The signature of {@code bytes} (Base64). */
    String sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(bytes);
            return encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} (Base64) is the signature of {@code bytes} by the holder of {@code publicKey}. */
    static boolean verify(String publicKey, byte[] bytes, String signature) {
        if (publicKey == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(publicKey));
            verifier.update(bytes);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file system's own access rules apply
        }
    }
}

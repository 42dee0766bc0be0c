package org.shuzhi.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.shuzhi.audit.AuditEntry;

/**
 * The hash of one audit record: SHA-256 over the previous record's hash and every field of this one, each field
 * length-prefixed so that no two different records can produce the same input.
 */
final class ChainHash {

    /** The "previous hash" of the very first record. */
    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    /** PostgreSQL keeps microseconds; hashing the same precision lets verification recompute the hash exactly. */
    static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] of(byte[] previous, long seq, Instant recordedAt, AuditEntry entry) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        field(sha256, Long.toString(seq));
        field(sha256, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt)));
        field(sha256, entry.actor());
        field(sha256, entry.actorScope());
        field(sha256, entry.action());
        field(sha256, entry.target());
        field(sha256, entry.outcome().name());
        field(sha256, entry.clientIp());
        field(sha256, entry.requestId());
        field(sha256, entry.details());
        return sha256.digest();
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

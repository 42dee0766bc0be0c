package org.shuzhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.shuzhi.audit.AuditVerification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anchors of the chain head, kept twice: in {@code audit.anchor} and in an append-only file apart from the
 * database. Someone who cuts the tail of the log must also rewrite both to go unnoticed.
 */
@Component
class AnchorStore {

    private final JdbcClient jdbc;
    private final Path file;

    AnchorStore(JdbcClient jdbc, AuditProperties properties, @Value("${shuzhi.data-dir:./data}") Path dataDir) {
        this.jdbc = jdbc;
        this.file = properties.anchorFile() != null ? properties.anchorFile()
                : dataDir.resolve("audit").resolve("anchors.log");
    }

    void write(ChainHead.Link head, Instant at) {
        jdbc.sql("insert into audit.anchor (seq, hash, anchored_at) values (?, ?, ?) on conflict (seq) do nothing")
                .params(head.seq(), head.hash(), at.atOffset(ZoneOffset.UTC)).update();
        String line = head.seq() + " " + HexFormat.of().formatHex(head.hash()) + " " + at + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write audit anchor to " + file, e);
        }
    }

    /** Every anchor known from either place, by sequence number (a disagreement between the two is kept apart). */
    Map<Long, byte[]> all() {
        Map<Long, byte[]> anchors = new TreeMap<>();
        jdbc.sql("select seq, hash from audit.anchor").query(rs -> {
            anchors.put(rs.getLong(1), rs.getBytes(2));
        });
        for (Map.Entry<Long, byte[]> fromFile : fromFile().entrySet()) {
            byte[] fromDatabase = anchors.putIfAbsent(fromFile.getKey(), fromFile.getValue());
            if (fromDatabase != null && !java.util.Arrays.equals(fromDatabase, fromFile.getValue())) {
                // the file is the copy kept apart: it wins
                anchors.put(fromFile.getKey(), fromFile.getValue());
            }
        }
        return anchors;
    }

    /** The newest anchor in either place, with the time it was written. */
    Optional<AuditVerification.Anchor> latest() {
        Optional<AuditVerification.Anchor> inDatabase = jdbc.sql(
                "select seq, anchored_at from audit.anchor order by seq desc limit 1")
                .query((rs, n) -> new AuditVerification.Anchor(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
        Optional<AuditVerification.Anchor> inFile = lines().reduce((first, second) -> second)
                .filter(parts -> parts.length >= 3)
                .map(parts -> new AuditVerification.Anchor(Long.parseLong(parts[0]), Instant.parse(parts[2])));
        return Stream.of(inDatabase, inFile).flatMap(Optional::stream)
                .max(Comparator.comparingLong(AuditVerification.Anchor::seq));
    }

    private Map<Long, byte[]> fromFile() {
        Map<Long, byte[]> anchors = new TreeMap<>();
        lines().filter(parts -> parts.length >= 2)
                .forEach(parts -> anchors.put(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1])));
        return anchors;
    }

    /** The anchor file's lines split into seq, hash and time, oldest first. */
    private Stream<String[]> lines() {
        if (!Files.exists(file)) {
            return Stream.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(line -> line.strip().split(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read audit anchors from " + file, e);
        }
    }
}

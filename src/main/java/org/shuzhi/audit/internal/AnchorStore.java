package org.shuzhi.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

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

    private Map<Long, byte[]> fromFile() {
        Map<Long, byte[]> anchors = new TreeMap<>();
        if (!Files.exists(file)) {
            return anchors;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length >= 2) {
                    anchors.put(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read audit anchors from " + file, e);
        }
        return anchors;
    }
}

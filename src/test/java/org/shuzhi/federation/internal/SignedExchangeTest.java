package org.shuzhi.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.federation.internal.CatalogMessages.Receipt;
import org.shuzhi.platform.ApiProblem;

/**
 * How a lower node opens its parent's answer: only an answer signed with the parent's configured key, addressed to
 * this node, in time, and answering this very request is read; anything else is refused with its reason.
 */
class SignedExchangeTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final JavaType receipt = json.getTypeFactory().constructType(Receipt.class);

    @Test
    void onlyTheParentsSignedAnswerToThisRequestIsRead() {
        NodeKeys parentKey = NodeKeys.load(dir.resolve("parent.key"));
        NodeKeys impostor = NodeKeys.load(dir.resolve("impostor.key"));
        SignedExchange parent = exchange("js-province", "32", dir.resolve("parent.key"), null);
        SignedExchange city = exchange("js-suzhou", "3205", dir.resolve("city.key"),
                new FederationProperties.Peer("js-province", "http://127.0.0.1:1", "32", parentKey.publicKey()));

        SignedExchange.Sealed request = city.seal("js-province", null, new CatalogMessages.Report(List.of()));
        SignedExchange.Sealed answer = parent.seal("js-suzhou", request.nonce(), new Receipt(2, 1, 0, List.of()));
        Message<Receipt> opened = city.openReply(answer.body(), "js-province", answer.signature(), request.nonce(), receipt);
        assertThat(opened.body().applied()).isEqualTo(2);
        assertThat(opened.inReplyTo()).isEqualTo(request.nonce());

        assertRefused(() -> city.openReply(answer.body(), "js-province", impostor.sign(answer.body()), request.nonce(),
                receipt), "federation.bad-signature");
        assertRefused(() -> city.openReply(answer.body(), "js-wuxi", answer.signature(), request.nonce(), receipt),
                "federation.unknown-node");
        assertRefused(() -> city.openReply(answer.body(), "js-province", answer.signature(), "another-request",
                receipt), "federation.not-the-answer");
        SignedExchange.Sealed elsewhere = parent.seal("js-wuxi", request.nonce(), new Receipt(0, 0, 0, List.of()));
        assertRefused(() -> city.openReply(elsewhere.body(), "js-province", elsewhere.signature(), request.nonce(),
                receipt), "federation.wrong-address");
        SignedExchange late = exchange("js-province", "32", dir.resolve("parent.key"), null,
                Clock.offset(clock, Duration.ofMinutes(-6)));
        SignedExchange.Sealed old = late.seal("js-suzhou", request.nonce(), new Receipt(0, 0, 0, List.of()));
        assertRefused(() -> city.openReply(old.body(), "js-province", old.signature(), request.nonce(), receipt),
                "federation.out-of-time");
    }

    @Test
    void aKeyFileIsCreatedOnceAndKeptPrivate() throws Exception {
        Path file = dir.resolve("node").resolve("node.key");
        NodeKeys first = NodeKeys.load(file);
        assertThat(NodeKeys.load(file).publicKey()).isEqualTo(first.publicKey());
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        byte[] bytes = "上报".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(NodeKeys.verify(first.publicKey(), bytes, first.sign(bytes))).isTrue();
        assertThat(NodeKeys.verify(first.publicKey(), "回流".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                first.sign(bytes))).isFalse();
        assertThat(NodeKeys.verify("not a key", bytes, first.sign(bytes))).isFalse();
    }

    private SignedExchange exchange(String node, String region, Path key, FederationProperties.Peer parent) {
        return exchange(node, region, key, parent, clock);
    }

    private SignedExchange exchange(String node, String region, Path key, FederationProperties.Peer parent,
            Clock at) {
        FederationProperties properties = new FederationProperties(true, node, region, key, parent, List.of(),
                Duration.ofMinutes(1), Duration.ofMinutes(30), 100, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(30));
        // answers are bound to their request, not recorded: no nonce ledger is consulted when opening them
        return new SignedExchange(properties, null, json, at, dir);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(key));
    }
}

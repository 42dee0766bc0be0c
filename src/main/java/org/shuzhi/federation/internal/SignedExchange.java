package org.shuzhi.federation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.platform.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Seals and opens {@link Message}s: JSON bytes signed with this node's key; on receipt the signature is checked
 * against the configured key of the node the header names, then sender, receiver, time window and — for requests —
 * the nonce. A refusal is a 401 problem (409 for a replay), never a partial reading.
 */
@Component
class SignedExchange {

    /** Header naming the sending node. */
    static final String NODE = "Shuzhi-Node";
    /** Header carrying the Ed25519 signature (Base64) of the body bytes. */
    static final String SIGNATURE = "Shuzhi-Signature";

    private final FederationProperties properties;
    private final NonceLedger nonces;
    private final ObjectMapper json;
    private final Clock clock;
    private final Path defaultKeyFile;
    private volatile NodeKeys keys;

    SignedExchange(FederationProperties properties, NonceLedger nonces, ObjectMapper json, Clock clock,
            @Value("${shuzhi.data-dir:./data}") Path dataDir) {
        this.properties = properties;
        this.nonces = nonces;
        this.json = json;
        this.clock = clock;
        this.defaultKeyFile = dataDir.resolve("federation").resolve("node-ed25519.key");
    }

    /** A message ready to send: its bytes, their signature, its nonce and the sending node. */
    record Sealed(byte[] body, String signature, String nonce, String node) {
    }

    /** Seals {@code body} as a message from this node to {@code to}, answering {@code inReplyTo} when not null. */
    Sealed seal(String to, String inReplyTo, Object body) {
        String nonce = UUID.randomUUID().toString();
        try {
            byte[] bytes = json.writeValueAsBytes(new Message<>(properties.nodeId(), to, clock.instant(), nonce,
                    inReplyTo, body));
            return new Sealed(bytes, keys().sign(bytes), nonce, properties.nodeId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a federation message that cannot be written", e);
        }
    }

    /** Opens a request from a child node: known sender, its signature, meant for us, in time, never seen before. */
    <T> Message<T> openRequest(byte[] body, String node, String signature, JavaType bodyType) {
        FederationProperties.Peer peer = properties.child(node == null ? "" : node)
                .orElseThrow(() -> refused("federation.unknown-node", node));
        Message<T> message = open(body, peer, signature, bodyType);
        if (message.nonce() == null || message.nonce().length() > 100
                || !nonces.firstTime(peer.nodeId(), message.nonce(), clock.instant())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "federation.replayed", peer.nodeId());
        }
        return message;
    }

    /** Opens the parent's answer to the request with {@code nonce}. */
    <T> Message<T> openReply(byte[] body, String node, String signature, String nonce, JavaType bodyType) {
        FederationProperties.Peer parent = properties.parent();
        if (parent == null || !parent.nodeId().equals(node)) {
            throw refused("federation.unknown-node", node);
        }
        Message<T> message = open(body, parent, signature, bodyType);
        if (!nonce.equals(message.inReplyTo())) {
            throw refused("federation.not-the-answer", parent.nodeId());
        }
        return message;
    }

    private <T> Message<T> open(byte[] body, FederationProperties.Peer peer, String signature, JavaType bodyType) {
        if (!NodeKeys.verify(peer.publicKey(), body, signature)) {
            throw refused("federation.bad-signature", peer.nodeId());
        }
        Message<T> message;
        try {
            message = json.readValue(body, json.getTypeFactory().constructParametricType(Message.class, bodyType));
        } catch (IOException e) {
            throw ApiProblem.badRequest("federation.unreadable", peer.nodeId());
        }
        if (!peer.nodeId().equals(message.from()) || !properties.nodeId().equals(message.to())) {
            throw refused("federation.wrong-address", message.from(), message.to());
        }
        Instant now = clock.instant();
        if (message.sentAt() == null
                || Duration.between(message.sentAt(), now).abs().compareTo(properties.clockSkew()) > 0) {
            throw refused("federation.out-of-time", message.sentAt(), now);
        }
        return message;
    }

    /** This node's public key, as another node is to be configured with it. */
    String publicKey() {
        return keys().publicKey();
    }

    private NodeKeys keys() {
        NodeKeys loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = NodeKeys.load(properties.keyFile() == null ? defaultKeyFile : properties.keyFile());
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private static ApiProblem refused(String key, Object... args) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, key, args);
    }
}

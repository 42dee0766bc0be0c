package org.shuzhi.federation.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This node's place among Shuzhi nodes ({@code shuzhi.federation.*}). Off unless {@code enabled}.
 *
 * @param nodeId     this node's name, {@code [a-z0-9][a-z0-9-]{1,39}}, e.g. {@code js-suzhou}
 * @param region     this node's jurisdiction (a division code, e.g. {@code 3205}): what it reports up
 * @param keyFile    its Ed25519 private key (PKCS#8, Base64); created on first start when missing
 * @param parent     the node one level up, if any: this node reports to it and receives from it
 * @param children   the nodes one level down allowed to report here and to receive from here
 * @param interval   how often this node syncs with its parent when nothing failed
 * @param maxBackoff the longest wait between retries after failures (doubling from {@code interval})
 * @param batch      entries per message
 * @param settle     changes younger than this are left for the next round, so that a transaction that committed
 *                   late cannot be skipped by the modification-time position
 * @param clockSkew  how far a message's time may lie from the receiver's clock
 * @param timeout    connect and answer timeout of calls to the parent
 */
@ConfigurationProperties("shuzhi.federation")
record FederationProperties(
        @DefaultValue("false") boolean enabled,
        String nodeId,
        String region,
        Path keyFile,
        Peer parent,
        List<Peer> children,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("100") int batch,
        @DefaultValue("5s") Duration settle,
        @DefaultValue("5m") Duration clockSkew,
        @DefaultValue("30s") Duration timeout) {

    static final String NODE_ID = "[a-z0-9][a-z0-9-]{1,39}";

    FederationProperties {
        children = children == null ? List.of() : List.copyOf(children);
        if (enabled) {
            if (nodeId == null || !nodeId.matches(NODE_ID)) {
                throw new IllegalArgumentException("shuzhi.federation.node-id must match " + NODE_ID + ": " + nodeId);
            }
            if (region == null || !region.matches("[0-9]{2,12}")) {
                throw new IllegalArgumentException("shuzhi.federation.region must be a division code: " + region);
            }
            if (parent != null && (parent.nodeId() == null || !parent.nodeId().matches(NODE_ID) || parent.url() == null
                    || parent.region() == null || !region.startsWith(parent.region()) || region.equals(parent.region())
                    || parent.publicKey() == null)) {
                throw new IllegalArgumentException("shuzhi.federation.parent needs node-id, url, public-key and a region"
                        + " above this node's " + region + ": " + parent);
            }
            for (Peer child : children) {
                if (child.nodeId() == null || !child.nodeId().matches(NODE_ID) || child.region() == null
                        || !child.region().startsWith(region) || child.region().equals(region)
                        || child.publicKey() == null) {
                    throw new IllegalArgumentException("shuzhi.federation.children need node-id, public-key and a "
                            + "region below this node's " + region + ": " + child);
                }
            }
        }
    }

    /**
     * Another node.
     *
     * @param nodeId    its name
     * @param url       its base URL (for the parent), e.g. {@code https://shuzhi.jiangsu.gov.cn}
     * @param region    its jurisdiction (for a child): what it may report, and what it receives from above
     * @param publicKey its Ed25519 public key (X.509, Base64), as its own status page shows it
     */
    record Peer(String nodeId, String url, String region, String publicKey) {
    }

    /** The child with this name, if it is one of ours. */
    Optional<Peer> child(String nodeId) {
        return children.stream().filter(c -> c.nodeId().equals(nodeId)).findFirst();
    }
}

package org.shuzhi.federation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints a lower Shuzhi node calls on this one. No session and no token: each request is a message signed
 * with the calling node's key ({@link SignedExchange}), and each answer is signed with this node's.
 */
@RestController
@Tag(name = "Federation 级联", description = "Signed node-to-node catalog sync 目录上报与回流")
class NodeApi {

    private final ChildExchange children;

    NodeApi(ChildExchange children) {
        this.children = children;
    }

    @PostMapping(path = CatalogMessages.REPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "下级节点目录上报 A lower node reports its catalog changes",
            description = "Body: a signed message (headers Shuzhi-Node, Shuzhi-Signature); answer: the signed receipt, "
                    + "sent after the changes are committed. 401 when the signature, address or time is wrong, 409 on replay.")
    ResponseEntity<byte[]> reports(@RequestBody byte[] body,
            @RequestHeader(value = SignedExchange.NODE, required = false) String node,
            @RequestHeader(value = SignedExchange.SIGNATURE, required = false) String signature,
            HttpServletRequest request) {
        return signed(children.report(body, node, signature, request.getRemoteAddr()));
    }

    @PostMapping(path = CatalogMessages.CHANGES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "上级目录回流 A lower node takes the higher levels' catalog changes after its position",
            description = "Body: a signed message with the position; answer: a signed page of changes.")
    ResponseEntity<byte[]> changes(@RequestBody byte[] body,
            @RequestHeader(value = SignedExchange.NODE, required = false) String node,
            @RequestHeader(value = SignedExchange.SIGNATURE, required = false) String signature,
            HttpServletRequest request) {
        return signed(children.changes(body, node, signature, request.getRemoteAddr()));
    }

    static ResponseEntity<byte[]> signed(SignedExchange.Sealed sealed) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(SignedExchange.NODE, sealed.node())
                .header(SignedExchange.SIGNATURE, sealed.signature()).body(sealed.body());
    }
}

package org.shuzhi.federation.internal;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints a lower Shuzhi node calls on this one. No session and no token: each request is a message signed
 * with the calling node's key ({@link SignedExchange}), and each answer is signed with this node's.
 */
@RestController
@Tag(name = "Federation 级联", description = "Signed node-to-node catalog sync 目录上报与回流")
class NodeApi {

    /** The largest message accepted: a page of 500 entries with their items stays far below. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final ChildExchange children;

    NodeApi(ChildExchange children) {
        this.children = children;
    }

    @PostMapping(path = CatalogMessages.REPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "下级节点目录上报 A lower node reports its catalog changes",
            description = "Body: a signed message (headers Shuzhi-Node, Shuzhi-Signature); answer: the signed receipt, "
                    + "sent after the changes are committed. 401 when the signature, address or time is wrong, 409 on replay.")
    ResponseEntity<byte[]> reports(@RequestHeader(value = SignedExchange.NODE, required = false) String node,
            @RequestHeader(value = SignedExchange.SIGNATURE, required = false) String signature,
            HttpServletRequest request) throws IOException {
        return signed(children.report(body(request), node, signature, request.getRemoteAddr()));
    }

    @PostMapping(path = CatalogMessages.CHANGES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "上级目录回流 A lower node takes the higher levels' catalog changes after its position",
            description = "Body: a signed message with the position; answer: a signed page of changes.")
    ResponseEntity<byte[]> changes(@RequestHeader(value = SignedExchange.NODE, required = false) String node,
            @RequestHeader(value = SignedExchange.SIGNATURE, required = false) String signature,
            HttpServletRequest request) throws IOException {
        return signed(children.changes(body(request), node, signature, request.getRemoteAddr()));
    }

    /**
     * The body, read only up to {@link #MAX_BODY}: the signature can be checked only once the body is read, and
     * anybody may send one, so a larger body is refused (413) before it fills memory.
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "federation.too-large", MAX_BODY);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "federation.too-large", MAX_BODY);
        }
        return body;
    }

    static ResponseEntity<byte[]> signed(SignedExchange.Sealed sealed) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(SignedExchange.NODE, sealed.node())
                .header(SignedExchange.SIGNATURE, sealed.signature()).body(sealed.body());
    }
}

package org.shuzhi.event.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.event.EventView;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pictures of an event (现场照片): the body of the upload is the picture itself (JPEG, PNG, GIF, WebP or HEIC,
 * recognised by its bytes), at most {@code shuzhi.event.attachments.max-bytes} and
 * {@value #MAX_PER_EVENT} per event. Everything goes through the event's scope: outside it, 404.
 */
@RestController
@RequestMapping("/api/events/{id}/attachments")
@Tag(name = "Events 事件")
class AttachmentApi {

    static final int MAX_PER_EVENT = 9;

    private final AttachmentStore store;
    private final EventRepository events;
    private final Callers callers;
    private final Clock clock;
    private final int maxBytes;

    AttachmentApi(AttachmentStore store, EventRepository events, Callers callers, Clock clock,
            @Value("${shuzhi.event.attachments.max-bytes:5242880}") int maxBytes) {
        this.store = store;
        this.events = events;
        this.callers = callers;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @PostMapping
    @Operation(summary = "Attach a picture to the event: 201 with its number; 400 when it is no accepted picture, "
            + "413 when too large, 409 when the event is final or has its maximum of pictures",
            requestBody = @RequestBody(description = "the picture's bytes", content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<AttachmentStore.Attachment> upload(@PathVariable long id, HttpServletRequest request)
            throws IOException {
        Caller caller = callers.current();
        EventView event = events.find(id, caller.scope())
                .orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        if (!(caller.has(Permission.EVENT_REPORT) || caller.has(Permission.EVENT_HANDLE)
                || caller.has(Permission.EVENT_VERIFY))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", Permission.EVENT_REPORT);
        }
        if (event.state().isFinal()) {
            throw ApiProblem.conflict("event.attachment.final", id, event.state());
        }
        byte[] bytes = read(request.getInputStream());
        PictureType type = PictureType.of(bytes)
                .orElseThrow(() -> ApiProblem.badRequest("event.attachment.type"));
        if (store.list(id, caller.scope()).size() >= MAX_PER_EVENT) {
            throw ApiProblem.conflict("event.attachment.too-many", MAX_PER_EVENT);
        }
        int n = store.add(id, type.mediaType(), bytes, caller.username(), clock.instant(), caller.scope())
                .orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        AttachmentStore.Attachment stored = store.list(id, caller.scope()).stream()
                .filter(a -> a.n() == n).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/events/" + id + "/attachments/" + n)).body(stored);
    }

    @GetMapping
    @Operation(summary = "The event's pictures, without their bytes")
    List<AttachmentStore.Attachment> list(@PathVariable long id) {
        events.find(id, callers.scope()).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        return store.list(id, callers.scope());
    }

    @GetMapping("/{n}")
    @Operation(summary = "One picture of the event, as it was uploaded")
    ResponseEntity<byte[]> get(@PathVariable long id, @Parameter(description = "its number, from 1") @PathVariable int n) {
        AttachmentStore.Content content = store.content(id, n, callers.scope())
                .orElseThrow(() -> ApiProblem.notFound("event.attachment.not-found", id, n));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(content.bytes());
    }

    /** The body, refused with 413 as soon as it passes the limit (it is never read whole into memory first). */
    private byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "event.attachment.too-large", maxBytes / 1024 / 1024);
        }
        if (bytes.length == 0) {
            throw ApiProblem.badRequest("event.attachment.empty");
        }
        return bytes;
    }
}

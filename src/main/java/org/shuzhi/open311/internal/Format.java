package org.shuzhi.open311.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The response formats of GeoReport v2, chosen by the extension of the resource ({@code services.xml}). */
enum Format {
    JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format of this extension; 400 for any but {@code json} and {@code xml}. */
    static Format of(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.error.format", extension);
        };
    }

    /**
     * The format an error about this request path is written in: the path's extension when it is a supported one,
     * else XML — the format every GeoReport server must support.
     */
    static Format forErrorsOf(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }
}

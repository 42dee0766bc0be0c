package org.shuzhi.event.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats an attachment may have, recognised by the file's first bytes — never by the name or the
 * declared type, which the client chooses, so that what is served back as {@code image/png} really is one.
 */
enum PictureType {
    JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp"), HEIC("image/heic");

    private final String mediaType;

    PictureType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format of these bytes, or empty when they are none of the accepted pictures. */
    static Optional<PictureType> of(byte[] bytes) {
        if (starts(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0, ascii("GIF87a")) || starts(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (starts(bytes, 0, ascii("RIFF")) && starts(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        // ISO base media file: a box "ftyp" with brand heic/heix/mif1 — what iPhones write for photos
        if (starts(bytes, 4, ascii("ftypheic")) || starts(bytes, 4, ascii("ftypheix"))
                || starts(bytes, 4, ascii("ftypmif1"))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.shuzhi.event;

import java.util.Objects;

/**
 * A report to take in, from any source. Where it happened is given by a point (the grid and region then come from
 * the grid lookup) and/or a region code (for reports with an address only, e.g. a 12345 call).
 *
 * @param source         where the report came from
 * @param idempotencyKey the client's key for this report: the same key from the same source twice gives one
 *                       event; may be {@code null} for sources that cannot resend
 * @param categoryCode   a leaf of the category catalogue (6 digits)
 * @param title          a short title
 * @param description    what was seen
 * @param urgency        how urgent
 * @param lat            WGS 84 latitude, or {@code null}
 * @param lng            WGS 84 longitude, or {@code null}
 * @param address        the address as given, or {@code null}
 * @param regionCode     the village or township it happened in, when there is no point (or to confirm one)
 * @param reporter       who reported it, for a reply; {@code null} when anonymous
 */
public record NewEvent(EventSource source, String idempotencyKey, String categoryCode, String title,
        String description, Urgency urgency, Double lat, Double lng, String address, String regionCode,
        Reporter reporter) {

    public NewEvent {
        Objects.requireNonNull(source, "source");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }

    /**
     * Who reported an event: a citizen's name and phone (personal information, masked on output unless the viewer
     * may see it), or a platform account.
     *
     * @param name    the reporter's name, or {@code null}
     * @param phone   the reporter's phone number, or {@code null}
     * @param account the reporting account's user name (grid inspectors), or {@code null}
     */
    public record Reporter(String name, String phone, String account) {
    }
}

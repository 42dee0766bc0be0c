package org.shuzhi.event.internal;

import java.util.regex.Pattern;

import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.NewEvent;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.privacy.MobileNumber;
import org.springframework.stereotype.Component;

/**
 * Checks a report before anything is stored: a leaf category of the catalogue, a title and a description of
 * sensible length, a complete coordinate in range, a reachable phone number, an idempotency key of sensible length.
 * The first fault is a 400 problem naming the field.
 */
@Component
class ReportValidator {

    /** Landlines as written in China: area code (3–4 digits from 0) and 7–8 digits, optionally an extension. */
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-?[0-9]{7,8}(-[0-9]{1,6})?");

    private final EventCategories categories;

    ReportValidator(EventCategories categories) {
        this.categories = categories;
    }

    /** The report's category, once the whole report is found acceptable. */
    Category check(NewEvent report) {
        Category category = categories.find(report.categoryCode()).filter(Category::isLeaf)
                .orElseThrow(() -> field("categoryCode", "event.report.unknown-category", report.categoryCode()));
        text("title", report.title(), 200);
        text("description", report.description(), 4000);
        if ((report.lat() == null) != (report.lng() == null)) {
            throw field("lat", "event.report.half-coordinate");
        }
        if (report.lat() != null && !(report.lat() >= -90 && report.lat() <= 90 && report.lng() >= -180
                && report.lng() <= 180)) {
            throw field("lat", "event.report.coordinate-range", report.lat(), report.lng());
        }
        if (report.lat() == null && blank(report.regionCode())) {
            throw field("regionCode", "event.report.no-place");
        }
        if (report.address() != null && report.address().length() > 500) {
            throw field("address", "event.report.too-long", 500);
        }
        NewEvent.Reporter reporter = report.reporter();
        if (reporter != null && !blank(reporter.phone()) && !MobileNumber.isValid(reporter.phone().strip())
                && !LANDLINE.matcher(reporter.phone().strip()).matches()) {
            throw field("reporter.phone", "event.report.invalid-phone", reporter.phone());
        }
        if (reporter != null && reporter.name() != null && reporter.name().length() > 100) {
            throw field("reporter.name", "event.report.too-long", 100);
        }
        if (report.idempotencyKey() != null && (report.idempotencyKey().isBlank() || report.idempotencyKey().length() > 200)) {
            throw field("idempotencyKey", "event.report.invalid-key");
        }
        return category;
    }

    private static void text(String name, String value, int max) {
        if (blank(value)) {
            throw field(name, "event.report.required");
        }
        if (value.length() > max) {
            throw field(name, "event.report.too-long", max);
        }
    }

    static ApiProblem field(String name, String key, Object... args) {
        return ApiProblem.badRequest(key, args).with("field", name);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

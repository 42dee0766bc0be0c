package org.shuzhi.opendata.internal;

import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.catalog.OpenEntry;
import org.shuzhi.platform.ApiProblem;

/** The open entry a public page or download names, or 404 — the same answer for unknown, unpublished or not open. */
final class OpenEntryNotFound {

    private OpenEntryNotFound() {
    }

    static OpenEntry require(OpenCatalog open, String code) {
        return open.entry(code).orElseThrow(() -> ApiProblem.notFound("opendata.not-found", code));
    }
}

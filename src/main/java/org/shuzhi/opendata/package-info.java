/**
 * Open data 开放平台: the public portal of the published catalog entries whose open type is 无条件开放 (OPEN) — list
 * and search ({@code /open}), detail with items and a preview, CSV and JSON downloads — a CKAN-compatible Action
 * API ({@code /api/3/action/}: package_search, package_show, organization_list, datastore_search) and the DCAT
 * catalog in Turtle, JSON-LD and RDF/XML ({@code /catalog.ttl|jsonld|rdf}), paged, with {@code modified_since}.
 *
 * <p>Everything is public (no sign-in) and reads the catalog's {@link org.shuzhi.catalog.OpenCatalog} only, so an
 * entry that is not published as OPEN exists nowhere here. Rows come from {@link org.shuzhi.dataset.Datasets},
 * confined to the entry's own region; personal items are never shown in clear: sensitive ones are left out, the
 * others masked by their rule (see docs/OPENDATA.md).
 *
 * <p>API: none; the module only serves HTTP and has no storage of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data 开放平台")
package org.shuzhi.opendata;

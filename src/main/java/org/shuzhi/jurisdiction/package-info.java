/**
 * Jurisdictions 行政区划: the national five-level division tree (GB/T 2260 and the NBS 统计用区划代码) —
 * province, city, county, township, village — that every scoped record in Shuzhi hangs from.
 *
 * <p>API: {@link org.shuzhi.jurisdiction.Jurisdictions} to look divisions up, walk the tree and get a code's
 * region chain; {@link org.shuzhi.jurisdiction.Division} and {@link org.shuzhi.jurisdiction.DivisionLevel} as the
 * values it returns; {@link org.shuzhi.jurisdiction.DivisionsImported} after an import changed the tree. Import, storage (schema {@code jurisdiction}), REST API and pages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdictions 行政区划")
package org.shuzhi.jurisdiction;

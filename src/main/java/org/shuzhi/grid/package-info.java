/**
 * Grids 网格: the cells below the village level that grid inspectors (网格员) patrol — 片区 (areas), 综合网格
 * (comprehensive grids, one village or community each) and 专业网格 (professional grids for enterprise
 * supervision, under the township) — with their polygons, and the point → grid lookup the event centre uses to
 * route a report to the right grid and region.
 *
 * <p>API: {@link org.shuzhi.grid.GridLocator} (where is this point?), {@link org.shuzhi.grid.Grids} (read grids by
 * code or region), the values {@link org.shuzhi.grid.Grid}, {@link org.shuzhi.grid.GridType} and
 * {@link org.shuzhi.grid.GridLocation}, and the event {@link org.shuzhi.grid.GridsImported}. GeoJSON import and
 * export, storage (schema {@code grid}), the spatial index, the REST API, the map page and the demo data are
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grids 网格")
package org.shuzhi.grid;

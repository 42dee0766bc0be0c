package org.shuzhi.grid;

/**
 * Point → grid lookup for the event centre and anyone else who has a coordinate and needs the responsible grid.
 *
 * <p>Answers come from an in-memory spatial index that is rebuilt whenever grids are imported, so a lookup costs
 * about a microsecond and never touches the database (region chains are remembered until the next division or
 * grid import).
 *
 * <p><b>Border rule.</b> Within each layer a point belongs to at most one grid: of the grids whose polygon covers
 * the point (interior or boundary), the one with the lowest code. A point on an edge or vertex shared by several
 * grids therefore always gets the same, single answer.
 *
 * <p><b>Outside every grid.</b> {@link GridLocation#inGrid()} is false and {@link GridLocation#nearest()} holds the
 * nearest comprehensive grid within {@code shuzhi.grid.nearest-max-metres} (default 1000 m); only when no
 * comprehensive grid is that close are professional grids, then 片区, considered.
 */
public interface GridLocator {

    /**
     * Locates a WGS 84 point.
     *
     * @param lat latitude, −90…90
     * @param lng longitude, −180…180
     * @throws IllegalArgumentException when the coordinate is out of range or not a number
     */
    GridLocation locate(double lat, double lng);
}

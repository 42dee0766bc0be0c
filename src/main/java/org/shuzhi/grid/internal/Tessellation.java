package org.shuzhi.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a region into Voronoi cells, optionally Lloyd-relaxed (each site moved to its cell's centroid) so that
 * the cells become even and roundish. Used for the demo grids and for the benchmark's synthetic grids. Public
 * only for the benchmark.
 */
public final class Tessellation {

    private Tessellation() {
    }

    /**
     * The Voronoi cells of {@code sites} clipped to {@code region}: one cell per site, in site order, each a
     * Polygon or MultiPolygon. Neighbouring cells share their edges, so the cells do not overlap and their union
     * is the region.
     *
     * @param relaxations number of Lloyd steps before the final cells are cut
     * @param precision   the precision the clipping rounds to; a fixed model makes the cut edges of neighbouring
     *                    cells snap to the very same vertices
     * @throws IllegalArgumentException when two sites coincide (a Voronoi diagram has one cell per distinct site)
     */
    public static List<Geometry> voronoi(Geometry region, List<Coordinate> sites, int relaxations, PrecisionModel precision) {
        return cells(region, relax(region, sites, relaxations, precision), precision);
    }

    /** The sites after {@code steps} Lloyd steps: each moved to the centroid of its Voronoi cell in the region. */
    public static List<Coordinate> relax(Geometry region, List<Coordinate> sites, int steps, PrecisionModel precision) {
        List<Coordinate> current = sites.stream().map(Coordinate::new).toList();
        for (int step = 0; step < steps; step++) {
            List<Geometry> cells = cells(region, current, precision);
            List<Coordinate> moved = new ArrayList<>(current.size());
            for (int i = 0; i < cells.size(); i++) {
                moved.add(cells.get(i).isEmpty() ? current.get(i) : cells.get(i).getCentroid().getCoordinate());
            }
            current = moved;
        }
        return current;
    }

    private static List<Geometry> cells(Geometry region, List<Coordinate> sites, PrecisionModel precision) {
        Map<Coordinate, Integer> order = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            if (order.put(sites.get(i), i) != null) {
                throw new IllegalArgumentException("two sites at " + sites.get(i));
            }
        }
        Envelope clip = new Envelope(region.getEnvelopeInternal());
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(region.getFactory());
        Geometry[] result = new Geometry[sites.size()];
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Integer site = order.get((Coordinate) cell.getUserData());
            if (site == null) {
                throw new IllegalStateException("Voronoi cell for no site: " + cell.getUserData());
            }
            result[site] = OverlayNG.overlay(cell, region, OverlayNG.INTERSECTION, precision);
        }
        return List.of(result);
    }

    /** {@code count} points drawn uniformly from the inside of {@code region}. */
    public static List<Coordinate> randomPoints(Geometry region, int count, RandomGenerator random) {
        Envelope bounds = region.getEnvelopeInternal();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(region);
        List<Coordinate> points = new ArrayList<>(count);
        while (points.size() < count) {
            Coordinate candidate = new Coordinate(bounds.getMinX() + random.nextDouble() * bounds.getWidth(),
                    bounds.getMinY() + random.nextDouble() * bounds.getHeight());
            if (inside.locate(candidate) == Location.INTERIOR) {
                points.add(candidate);
            }
        }
        return points;
    }
}

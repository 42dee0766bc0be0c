package org.shuzhi.grid.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.shuzhi.grid.Grid;
import org.shuzhi.jurisdiction.Division;

/**
 * Writes grids as RFC 7946 GeoJSON, streaming, in the form {@link GeoJsonReader} reads: the feature {@code id} is
 * the grid code, exterior rings are counter-clockwise and holes clockwise (the right-hand rule), coordinates are
 * written in full (shortest round-tripping) double precision, so export → import → export is exact.
 */
final class GeoJsonWriter {

    private final ObjectMapper mapper;

    GeoJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A FeatureCollection of the grids in the given order. */
    void writeCollection(Collection<Grid> grids, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Grid grid : grids) {
                writeFeature(grid, List.of(), json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** One Feature; a non-empty {@code regionChain} is added to its properties as [{code, name, level}]. */
    void writeFeature(Grid grid, List<Division> regionChain, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writeFeature(grid, regionChain, json);
        }
    }

    private static void writeFeature(Grid grid, List<Division> regionChain, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", grid.code());
        json.writeFieldName("geometry");
        writeGeometry(grid.polygon(), json);
        json.writeObjectFieldStart("properties");
        json.writeStringField("code", grid.code());
        json.writeStringField("name", grid.name());
        json.writeStringField("type", grid.type().name());
        json.writeStringField("regionCode", grid.regionCode());
        if (grid.areaCode() != null) {
            json.writeStringField("areaCode", grid.areaCode());
        }
        // whole square metres: more digits would only carry the approximation's noise
        json.writeNumberField("areaSquareMetres", Math.round(grid.areaSquareMetres()));
        if (grid.enterpriseCount() != null) {
            json.writeNumberField("enterpriseCount", grid.enterpriseCount());
            json.writeNumberField("enterpriseCapacity", grid.enterpriseCapacity());
        }
        if (!regionChain.isEmpty()) {
            json.writeArrayFieldStart("regionChain");
            for (Division division : regionChain) {
                json.writeStartObject();
                json.writeStringField("code", division.code());
                json.writeStringField("name", division.name());
                json.writeStringField("level", division.level().name());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeGeometry(Geometry polygonal, JsonGenerator json) throws IOException {
        boolean multi = !(polygonal instanceof Polygon);
        json.writeStartObject();
        json.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
        json.writeArrayFieldStart("coordinates");
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            if (multi) {
                json.writeStartArray();
            }
            writeRing(polygon.getExteriorRing().getCoordinateSequence(), true, json);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                writeRing(polygon.getInteriorRingN(h).getCoordinateSequence(), false, json);
            }
            if (multi) {
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRing(CoordinateSequence ring, boolean counterClockwise, JsonGenerator json) throws IOException {
        boolean reverse = Orientation.isCCW(ring) != counterClockwise;
        json.writeStartArray();
        for (int k = 0; k < ring.size(); k++) {
            int i = reverse ? ring.size() - 1 - k : k;
            json.writeStartArray();
            json.writeNumber(ring.getX(i));
            json.writeNumber(ring.getY(i));
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}

package org.shuzhi.grid.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.platform.ApiProblem;

/**
 * Reads an RFC 7946 FeatureCollection of grids ([lng, lat] positions; Polygon or MultiPolygon geometries;
 * properties {@code code}, {@code name}, {@code type}, {@code regionCode}, optional {@code areaCode}, and for
 * professional grids {@code enterpriseCount} and optional {@code enterpriseCapacity}). Properties it does not know,
 * such as the exported {@code areaSquareMetres}, are ignored: the area is always computed from the polygon.
 *
 * <p>Rings are stored in RFC 7946 orientation whatever the file's. This checks form only — JSON syntax, structure, property types, positions, closed rings — and reports the
 * first fault as a 400 problem naming the feature. Whether the grids make sense (valid topology, known regions,
 * no overlaps …) is {@link ImportValidator}'s job.
 */
final class GeoJsonReader {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    /** As long as the {@code name} column allows. */
    static final int MAX_NAME_LENGTH = 200;

    private final ObjectMapper mapper;

    GeoJsonReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The grids of the collection, in feature order (a grid's index in the list is its feature index).
     *
     * @param defaultCapacity the enterprise capacity of a professional grid whose feature declares none
     */
    List<Grid> read(byte[] json, int defaultCapacity) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw ApiProblem.badRequest("grid.import.malformed-json", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()).with("reason", e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw ApiProblem.badRequest("grid.import.not-feature-collection");
        }
        List<Grid> grids = new ArrayList<>(root.path("features").size());
        for (JsonNode feature : root.path("features")) {
            grids.add(feature(feature, grids.size(), defaultCapacity));
        }
        return grids;
    }

    private Grid feature(JsonNode feature, int index, int defaultCapacity) {
        JsonNode properties = feature.path("properties");
        String code = properties.path("code").isTextual() ? properties.path("code").asText().strip() : null;
        if (!"Feature".equals(feature.path("type").asText()) || !properties.isObject()) {
            throw FeatureProblem.of("not-a-feature", index, code);
        }
        Properties read = new Properties(properties, index, code);
        read.text("code", true);
        String name = read.text("name", true);
        if (name.length() > MAX_NAME_LENGTH) {
            throw FeatureProblem.of("invalid-property", index, code, "name", FeatureProblem.text("grid.import.expected.name"));
        }
        GridType type = read.type();
        String regionCode = read.text("regionCode", true);
        String areaCode = read.text("areaCode", false);
        Integer enterprises = read.count("enterpriseCount", type == GridType.PROFESSIONAL);
        Integer capacity = read.count("enterpriseCapacity", false);
        if (type != GridType.PROFESSIONAL && (enterprises != null || capacity != null)) {
            throw FeatureProblem.of("enterprises-not-professional", index, code);
        }
        if (type == GridType.PROFESSIONAL && capacity == null) {
            capacity = defaultCapacity;
        }
        if (type == GridType.AREA && areaCode != null) {
            throw FeatureProblem.of("area-in-area", index, code);
        }
        Geometry polygon = geometry(feature.path("geometry"), index, code);
        return new Grid(code, name, type, regionCode, areaCode, polygon,
                Ground.squareMetres(polygon), enterprises, capacity);
    }

    private Geometry geometry(JsonNode geometry, int index, String code) {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw FeatureProblem.of("not-polygonal", index, code, type.isEmpty() ? "null" : type);
        }
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw FeatureProblem.invalidGeometry(index, code, new TopologyValidationError(TopologyValidationError.TOO_FEW_POINTS));
        }
        if (type.equals("Polygon")) {
            return polygon(coordinates, index, code);
        }
        Polygon[] parts = new Polygon[coordinates.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(coordinates.get(i), index, code);
        }
        return WGS84.createMultiPolygon(parts);
    }

    private Polygon polygon(JsonNode rings, int index, String code) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw FeatureProblem.invalidGeometry(index, code, new TopologyValidationError(TopologyValidationError.TOO_FEW_POINTS));
        }
        LinearRing[] read = new LinearRing[rings.size()];
        for (int r = 0; r < read.length; r++) {
            read[r] = ring(rings.get(r), index, code);
            // store the right-hand rule (RFC 7946 § 3.1.6: shells counter-clockwise, holes clockwise), so that what
            // is exported again is byte for byte what was imported
            if (Orientation.isCCW(read[r].getCoordinateSequence()) != (r == 0)) {
                read[r] = read[r].reverse();
            }
        }
        return WGS84.createPolygon(read[0], Arrays.copyOfRange(read, 1, read.length));
    }

    private LinearRing ring(JsonNode positions, int index, String code) {
        if (!positions.isArray()) {
            throw invalidCoordinate(index, code, null);
        }
        Coordinate[] points = new Coordinate[positions.size()];
        for (int i = 0; i < points.length; i++) {
            JsonNode position = positions.get(i);
            double lng = position.path(0).asDouble(Double.NaN);
            double lat = position.path(1).asDouble(Double.NaN);
            if (!position.isArray() || !position.path(0).isNumber() || !position.path(1).isNumber()
                    || !(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
                throw invalidCoordinate(index, code, position);
            }
            points[i] = new Coordinate(lng, lat);
        }
        // JTS cannot even build these rings, so IsValidOp never sees them: report them with its error types
        if (points.length < 4) {
            throw FeatureProblem.invalidGeometry(index, code, new TopologyValidationError(TopologyValidationError.TOO_FEW_POINTS,
                    points.length == 0 ? null : points[0]));
        }
        if (!points[0].equals2D(points[points.length - 1])) {
            throw FeatureProblem.invalidGeometry(index, code, new TopologyValidationError(TopologyValidationError.RING_NOT_CLOSED,
                    points[points.length - 1]));
        }
        return WGS84.createLinearRing(points);
    }

    private static ApiProblem invalidCoordinate(int index, String code, JsonNode position) {
        return FeatureProblem.of("invalid-position", index, code, String.valueOf(position));
    }

    /** Typed access to one feature's properties, reporting a missing or mistyped one against the feature. */
    private record Properties(JsonNode node, int index, String code) {

        /** The property's value; {@code null} when it is absent (or JSON null) and not required. */
        private JsonNode value(String name, boolean required) {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    throw FeatureProblem.of("missing-property", index, code, name);
                }
                return null;
            }
            return value;
        }

        String text(String name, boolean required) {
            JsonNode value = value(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw FeatureProblem.of("invalid-property", index, code, name, FeatureProblem.text("grid.import.expected.text"));
            }
            return value.asText().strip();
        }

        GridType type() {
            String type = text("type", true);
            try {
                return GridType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw FeatureProblem.of("invalid-property", index, code, "type", FeatureProblem.text("grid.import.expected.type"));
            }
        }

        /** A whole number ≥ 0, or {@code null} when absent and not required. */
        Integer count(String name, boolean required) {
            JsonNode value = value(name, required);
            if (value == null) {
                return null;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                throw FeatureProblem.of("invalid-property", index, code, name, FeatureProblem.text("grid.import.expected.count"));
            }
            return value.asInt();
        }
    }
}

package org.shuzhi.grid.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locationtech.jts.geom.Envelope;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridLocator;
import org.shuzhi.grid.GridType;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.ObjectMapper;

/** REST API of the grids: GeoJSON read, import and export, and point → grid lookup. */
@RestController
@RequestMapping("/api/grids")
@Tag(name = "Grids 网格", description = "片区, comprehensive and professional grids as GeoJSON (RFC 7946, [lng, lat]); point → grid lookup")
class GridApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final GridRepository repository;
    private final GridImporter importer;
    private final GridLocator locator;
    private final Jurisdictions jurisdictions;
    private final GeoJsonWriter writer;
    private final CallerContext caller;

    GridApiController(GridRepository repository, GridImporter importer, GridLocator locator, Jurisdictions jurisdictions,
            ObjectMapper mapper, CallerContext caller) {
        this.caller = caller;
        this.repository = repository;
        this.importer = importer;
        this.locator = locator;
        this.jurisdictions = jurisdictions;
        this.writer = new GeoJsonWriter(mapper);
    }

    @GetMapping(produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The caller's grids as a GeoJSON FeatureCollection, ordered by code")
    ResponseEntity<byte[]> list(
            @Parameter(description = "region code prefix, e.g. 320509104 for every grid of 平望镇") @RequestParam(required = false) String region,
            @Parameter(description = "AREA (片区), COMPREHENSIVE (综合网格) or PROFESSIONAL (专业网格)") @RequestParam(required = false) String type,
            @Parameter(description = "minLng,minLat,maxLng,maxLat: grids whose bounding box meets this one") @RequestParam(required = false) String bbox)
            throws IOException {
        List<Grid> grids = repository.list(caller.scope(), RegionPrefix.of(region), type(type), bbox(bbox));
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection(grids));
    }

    @GetMapping(path = "/{code}", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One grid as a GeoJSON Feature; its properties add the region chain (province → region)")
    ResponseEntity<byte[]> get(@PathVariable String code) throws IOException {
        Grid grid = repository.find(code, caller.scope()).orElseThrow(() -> ApiProblem.notFound("grid.not-found", code));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeFeature(grid, jurisdictions.chain(grid.regionCode()), body);
        return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
    }

    @GetMapping("/locate")
    @Operation(summary = "Which grids contain a point: the comprehensive grid, the professional grid, the 片区 and "
            + "the region chain; outside every grid, the nearest grid within reach")
    LocateView locate(@Parameter(description = "latitude, WGS 84, −90…90") @RequestParam double lat,
            @Parameter(description = "longitude, WGS 84, −180…180") @RequestParam double lng) {
        if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) {
            throw ApiProblem.badRequest("grid.locate.out-of-range", String.valueOf(lat), String.valueOf(lng));
        }
        return LocateView.of(locator.locate(lat, lng).within(caller.scope()));
    }

    @PostMapping(path = "/import", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/geo+json"})
    @Operation(summary = "Import a GeoJSON FeatureCollection of grids (upsert by code): all or nothing; a bad "
            + "feature gives a 400 problem naming it (feature index, featureCode)")
    GridImporter.ImportReport importBody(@RequestBody byte[] geoJson) {
        return importer.importGeoJson(geoJson, caller.scope());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a GeoJSON file of grids sent as multipart part 'file'")
    GridImporter.ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return importer.importGeoJson(file.getBytes(), caller.scope());
    }

    @GetMapping(path = "/export", produces = "application/geo+json")
    @Operation(summary = "Download grids as a GeoJSON file that imports back unchanged")
    ResponseEntity<byte[]> export(@Parameter(description = "region code prefix; all grids when absent")
            @RequestParam(required = false) String region) throws IOException {
        String prefix = RegionPrefix.of(region);
        String filename = "grids" + (prefix.isEmpty() ? "" : "-" + prefix) + ".geojson";
        return ResponseEntity.ok().contentType(GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(collection(repository.list(caller.scope(), prefix, null, null)));
    }

    private byte[] collection(List<Grid> grids) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeCollection(grids, body);
        return body.toByteArray();
    }

    private static GridType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return GridType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("grid.query.invalid-type", type);
        }
    }

    private static Envelope bbox(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        try {
            if (parts.length == 4) {
                double minLng = Double.parseDouble(parts[0].strip());
                double minLat = Double.parseDouble(parts[1].strip());
                double maxLng = Double.parseDouble(parts[2].strip());
                double maxLat = Double.parseDouble(parts[3].strip());
                if (minLng >= -180 && minLng <= maxLng && maxLng <= 180 && minLat >= -90 && minLat <= maxLat && maxLat <= 90) {
                    return new Envelope(minLng, maxLng, minLat, maxLat);
                }
            }
        } catch (NumberFormatException e) {
            // reported below, like any other malformed box
        }
        throw ApiProblem.badRequest("grid.query.invalid-bbox", bbox);
    }
}

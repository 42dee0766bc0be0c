package org.shuzhi.jurisdiction.internal;

import java.util.List;
import org.shuzhi.platform.Unscoped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.jurisdiction.internal.DivisionBrowsing.Node;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the division tree: read it, search it, import files into it. Errors are problem+json: 404 for an
 * unknown code, 400 for a bad search or a rejected file (with {@code file} and {@code line}).
 */
@RestController
@RequestMapping(path = "/api/jurisdictions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "行政区划 Jurisdictions",
        description = "五级行政区划（省、市、县、乡、村）的查询、搜索与导入 — the five-level division tree: read, search, import")
@ApiResponse(responseCode = "400", description = "请求有误 Bad request",
        content = @Content(mediaType = "application/problem+json",
                schema = @Schema(implementation = ProblemDetail.class)))
@Unscoped("public reference data: the NBS publishes the national division codes and every level needs the whole tree to name places")
class JurisdictionApi {

    private final DivisionBrowsing browsing;
    private final DivisionImporter importer;

    JurisdictionApi(DivisionBrowsing browsing, DivisionImporter importer) {
        this.browsing = browsing;
        this.importer = importer;
    }

    @GetMapping
    @Operation(summary = "省级区划 Provinces", description = "全部省级区划及其下级数量 — all provinces with their child counts")
    List<DivisionJson> provinces() {
        return json(browsing.children(null));
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询区划 One division")
    @ApiResponse(responseCode = "404", description = "区划代码不存在 Unknown code",
            content = @Content(mediaType = "application/problem+json"))
    DivisionJson division(@PathVariable @Parameter(example = "320509104") String code) {
        Node node = browsing.node(code);
        return DivisionJson.of(node.division(), node.childCount());
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "下级区划 Children", description = "直接下级，按代码排序 — direct children ordered by code")
    @ApiResponse(responseCode = "404", description = "区划代码不存在 Unknown code",
            content = @Content(mediaType = "application/problem+json"))
    List<DivisionJson> children(@PathVariable @Parameter(example = "320509104") String code) {
        return json(browsing.children(code));
    }

    @GetMapping("/{code}/chain")
    @Operation(summary = "区划链 Chain", description = "从省级到该区划 — from the province down to this division")
    @ApiResponse(responseCode = "404", description = "区划代码不存在 Unknown code",
            content = @Content(mediaType = "application/problem+json"))
    List<DivisionJson> chain(@PathVariable @Parameter(example = "320509104") String code) {
        return browsing.chain(code).stream().map(d -> DivisionJson.of(d, null)).toList();
    }

    @GetMapping("/search")
    @Operation(summary = "按名称搜索 Search by name",
            description = "名称包含 q 的区划，省级在前 — divisions whose name contains q, provinces first")
    List<DivisionJson.Hit> search(@RequestParam @Parameter(example = "平望") String q,
            @RequestParam(defaultValue = "20") @Parameter(description = "1–100") int limit) {
        return browsing.search(q, limit).stream().map(f -> DivisionJson.Hit.of(f.division(), f.chain())).toList();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入区划文件 Import division files",
            description = "上传 provinces.csv、cities.csv、areas.csv、streets.csv、villages.csv（可 .gz，可只传部分），"
                    + "或一个包含它们的 zip；空行忽略；全部成功或全部不写入，出错时返回文件名和行号 — upload any of the five "
                    + "files (optionally .gz) or one zip holding them; blank lines are skipped; all or nothing, a "
                    + "rejected file is reported with file and line; re-import is idempotent")
    ImportReport importFiles(@RequestPart("files") List<MultipartFile> files) {
        try (ImportSource source = ImportUploads.of(files)) {
            return importer.importFrom(source, ImportProgress.NONE);
        }
    }

    private static List<DivisionJson> json(List<Node> nodes) {
        return nodes.stream().map(n -> DivisionJson.of(n.division(), n.childCount())).toList();
    }
}

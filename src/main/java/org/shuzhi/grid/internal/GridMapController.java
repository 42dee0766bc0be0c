package org.shuzhi.grid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.grid.GridType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grid map page. The map itself is drawn in the browser ({@code static/js/grid-map.js}) from the REST API; the
 * page hands it the texts in the caller's language and the map settings as data attributes.
 *
 * <p>No tile layer is drawn unless {@code shuzhi.map.tile-url} is set (e.g. to an internal tile server): a
 * government network often has no internet access, and the grids are readable on a plain background.
 */
@Controller
class GridMapController {

    /** The texts the script needs, by the name it uses: {@code grid.map.<name>} and {@code grid.<type.X>}. */
    private static final List<String> TEXTS = Stream.concat(
            Stream.of("loading", "load-failed", "count", "here", "coordinates", "in-grid", "outside", "nearest",
                    "no-nearest", "code", "name", "type", "region", "area-code", "area", "enterprises", "square-km",
                    "error").map(name -> "map." + name),
            Stream.of(GridType.values()).map(type -> "type." + type)).toList();

    private final MessageSource messages;
    private final ObjectMapper mapper;
    private final GridProperties properties;
    private final String tileUrl;
    private final String tileAttribution;

    GridMapController(MessageSource messages, ObjectMapper mapper, GridProperties properties,
            @Value("${shuzhi.map.tile-url:}") String tileUrl,
            @Value("${shuzhi.map.tile-attribution:}") String tileAttribution) {
        this.messages = messages;
        this.mapper = mapper;
        this.properties = properties;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    /** The map of all grids, or with {@code region} (a region-code prefix) of one region's grids only. */
    @GetMapping("/grids/map")
    String map(@RequestParam(required = false) String region, Model model, Locale locale) throws JsonProcessingException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : TEXTS) {
            texts.put(key.startsWith("map.") ? key.substring(4) : key, messages.getMessage("grid." + key, null, key, locale));
        }
        model.addAttribute("texts", mapper.writeValueAsString(texts));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("region", RegionPrefix.of(region));
        model.addAttribute("nearestMaxMetres", Math.round(properties.nearestMaxMetres()));
        return "grid/map";
    }
}

package nl.wijkplaats.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only open data about areas and their CBS figures. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gebieden", description = "Gemeenten, wijken en buurten met de CBS-kerncijfers")
class AreaApiController {

    private final AreaService areas;
    private final ObjectMapper json;

    AreaApiController(AreaService areas, ObjectMapper json) {
        this.areas = areas;
        this.json = json;
    }

    record AreaDto(String code, String level, String name, String parentCode, String gemeenteCode, boolean hasGeometry,
                   String page) {
        static AreaDto of(Area a) {
            return new AreaDto(a.code(), a.level().label(), a.name(), a.parentCode(), a.gemeenteCode(), a.hasGeometry(), a.path());
        }
    }

    record AreaDetailDto(AreaDto area, List<AreaDto> children, List<Integer> years) {
    }

    record FigureDto(String variable, String label, String unit, BigDecimal value) {
    }

    record FiguresDto(String code, int year, List<FigureDto> figures) {
    }

    @GetMapping("/gemeenten")
    @Operation(summary = "Gemeenten met wijken")
    List<AreaDto> gemeenten() {
        return areas.gemeenten().stream().map(AreaDto::of).toList();
    }

    @GetMapping("/areas/{code}")
    @Operation(summary = "Eén gebied met de gebieden eronder en de jaren met cijfers")
    AreaDetailDto area(@PathVariable String code) {
        Area area = areas.get(code);
        return new AreaDetailDto(AreaDto.of(area), areas.children(area.code()).stream().map(AreaDto::of).toList(),
                areas.years(area.gemeenteCode()));
    }

    @GetMapping("/areas/{code}/figures")
    @Operation(summary = "CBS-kerncijfers van een gebied in één jaar; value null betekent onbekend")
    FiguresDto figures(@PathVariable String code,
                       @Parameter(description = "jaar; standaard het laatste jaar met cijfers") @RequestParam(required = false) Integer year) {
        Area area = areas.get(code);
        int y = year != null ? year : areas.latestYear(area.gemeenteCode())
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Voor " + area.name() + " zijn nog geen cijfers."));
        List<FigureDto> list = new ArrayList<>();
        areas.figures(area.code(), y).forEach((variable, value) -> {
            KwbVariable v = areas.variables().get(variable);
            list.add(new FigureDto(variable, v.label(), v.unit(), value));
        });
        return new FiguresDto(area.code(), y, list);
    }

    @GetMapping(value = "/areas/{code}/figures.csv", produces = "text/csv")
    @Operation(summary = "CBS-kerncijfers van een gebied als CSV (alle jaren)")
    ResponseEntity<String> figuresCsv(@PathVariable String code) {
        Area area = areas.get(code);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("gebied", "naam", "jaar", "variabele", "omschrijving", "eenheid", "waarde").get())) {
            for (int year : areas.years(area.gemeenteCode())) {
                for (Map.Entry<String, BigDecimal> e : areas.figures(area.code(), year).entrySet()) {
                    KwbVariable v = areas.variables().get(e.getKey());
                    csv.printRecord(area.code(), area.name(), year, e.getKey(), v.label(), v.unit(),
                            e.getValue() == null ? "" : e.getValue().toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cijfers-" + area.code() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }

    @GetMapping(value = "/areas/{code}/children.geojson", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Grenzen van de gebieden onder dit gebied als GeoJSON (WGS84)")
    FeatureCollection childrenGeoJson(@PathVariable String code) {
        Area area = areas.get(code);
        Map<String, Area> children = new LinkedHashMap<>();
        areas.children(area.code()).forEach(c -> children.put(c.code(), c));
        return featureCollection(areas.childGeometries(area.code()), children);
    }

    @GetMapping(value = "/areas/{code}.geojson", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Grens van één gebied als GeoJSON (WGS84); leeg als er geen grens bekend is")
    FeatureCollection areaGeoJson(@PathVariable String code) {
        Area area = areas.get(code);
        Map<String, String> geometry = new LinkedHashMap<>();
        areas.geometry(area.code()).ifPresent(g -> geometry.put(area.code(), g));
        return featureCollection(geometry, Map.of(area.code(), area));
    }

    @GetMapping("/variables")
    @Operation(summary = "Betekenis van de CBS-kolommen: omschrijving en eenheid")
    List<KwbVariable> variables() {
        return areas.variables().all();
    }

    /** GeoJSON (RFC 7946) as plain records, so the OpenAPI description stays simple. */
    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, FeatureProperties properties,
                   @io.swagger.v3.oas.annotations.media.Schema(type = "object", description = "GeoJSON-geometrie (WGS84)")
                   Map<String, Object> geometry) {
    }

    record FeatureProperties(String code, String naam, String url) {
    }

    @SuppressWarnings("unchecked")
    private FeatureCollection featureCollection(Map<String, String> geometries, Map<String, Area> byCode) {
        List<Feature> features = new ArrayList<>();
        geometries.forEach((code, geometry) -> {
            Area a = byCode.get(code);
            features.add(new Feature("Feature", new FeatureProperties(code, a == null ? code : a.name(), a == null ? null : a.path()),
                    json.readValue(geometry, Map.class)));
        });
        return new FeatureCollection("FeatureCollection", features);
    }
}

package nl.wijkplaats.wijkbeeld;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wijkbeeld as open data: JSON, CSV and GeoJSON per layer. Sterkhouders only as a number unless allowed. */
@RestController
@RequestMapping("/api/v1/wijken/{code}/wijkbeeld")
@Tag(name = "Wijkbeeld", description = "Publieke plekken, initiatieven, professionele inzet, samenwerkingen en meer per wijk")
class WijkbeeldApiController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final ItemService items;
    private final SterkhouderService sterkhouders;
    private final DuidingService duiding;
    private final WijkbeeldExport export;
    private final ObjectMapper json;

    WijkbeeldApiController(ItemService items, SterkhouderService sterkhouders, DuidingService duiding,
                           WijkbeeldExport export, ObjectMapper json) {
        this.items = items;
        this.sterkhouders = sterkhouders;
        this.duiding = duiding;
        this.export = export;
        this.json = json;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Overzicht van het wijkbeeld: aantallen per laag")
    ObjectNode summary(@PathVariable String code) {
        Area wijk = items.wijk(code);
        ObjectNode o = json.createObjectNode();
        o.put("wijk", wijk.code());
        o.put("naam", wijk.name());
        ObjectNode layers = o.putObject("lagen");
        for (Layer layer : Layer.values()) {
            layers.put(layer.slug(), items.items(wijk.code(), layer).size());
        }
        layers.put("samenwerkingen", items.links(wijk.code()).size());
        layers.put("sterkhouders", sterkhouders.count(wijk.code()));
        return o;
    }

    @GetMapping(value = "/{layer:[a-z-]+}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De items van een laag (publieke-plekken, initiatieven, professionele-inzet, informele-structuren, geschiedenis, samenwerkingen, sterkhouders, vragen)")
    Object layerJson(@PathVariable String code, @PathVariable String layer) {
        Area wijk = items.wijk(code);
        return switch (layer) {
            case "samenwerkingen" -> linksJson(items.links(wijk.code()));
            case "sterkhouders" -> sterkhoudersJson(wijk.code());
            case "vragen" -> answersJson(wijk.code());
            default -> export.itemsJson(items.items(wijk.code(), layer(layer)), items.hoursByItem(wijk.code()));
        };
    }

    @GetMapping(value = "/{layer:[a-z-]+}.csv", produces = "text/csv")
    @Operation(summary = "Een laag als CSV (puntkomma-gescheiden, UTF-8)")
    ResponseEntity<String> layerCsv(@PathVariable String code, @PathVariable String layer) {
        Area wijk = items.wijk(code);
        String body = switch (layer) {
            case "samenwerkingen" -> export.linksCsv(items.links(wijk.code()));
            case "sterkhouders" -> export.sterkhoudersCsv(sterkhouders.visible(wijk.code()).orElse(null), sterkhouders.count(wijk.code()));
            default -> export.itemsCsv(layer(layer), items.items(wijk.code(), layer(layer)), items.hoursByItem(wijk.code()));
        };
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"wijkbeeld-" + wijk.code() + "-" + layer + ".csv\"")
                .body(body);
    }

    @GetMapping(value = "/{layer:[a-z-]+}.geojson", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Een laag als GeoJSON (alleen items met coördinaten); 'kaart' geeft alle kaartlagen samen")
    ResponseEntity<ObjectNode> layerGeoJson(@PathVariable String code, @PathVariable String layer) {
        Area wijk = items.wijk(code);
        List<Item> list = new ArrayList<>();
        if (layer.equals("kaart")) {
            for (Layer l : Layer.values()) {
                if (l.onMap()) {
                    list.addAll(items.items(wijk.code(), l));
                }
            }
        } else {
            list.addAll(items.items(wijk.code(), layer(layer)));
        }
        return ResponseEntity.ok().contentType(GEOJSON).body(export.geoJson(list, "/wijk/" + wijk.code() + "/wijkbeeld"));
    }

    private ArrayNode linksJson(List<Link> links) {
        ArrayNode array = json.createArrayNode();
        for (Link l : links) {
            array.addObject().put("id", l.id()).put("van", l.fromName()).put("vanId", l.fromItem()).put("met", l.toName())
                    .put("metId", l.toItem()).put("omschrijving", l.description()).put("looptGoed", l.worksWell())
                    .put("voorbeelddata", l.example());
        }
        return array;
    }

    private ObjectNode sterkhoudersJson(String wijk) {
        ObjectNode o = json.createObjectNode();
        o.put("aantal", sterkhouders.count(wijk));
        sterkhouders.visible(wijk).ifPresent(list -> {
            ArrayNode people = o.putArray("personen");
            for (Sterkhouder s : list) {
                people.addObject().put("id", s.id()).put("naam", s.name()).put("contact", s.contact())
                        .put("watDraagtDezePersoon", s.carries()).put("toestemmingDoor", s.consentGivenBy())
                        .put("toestemmingOp", s.consentOn().toString()).put("toestemmingVoor", s.consentPurpose());
            }
        });
        return o;
    }

    private ArrayNode answersJson(String wijk) {
        ArrayNode array = json.createArrayNode();
        for (Map.Entry<EcosystemQuestion, List<Answer>> e : duiding.answers(wijk).entrySet()) {
            ObjectNode q = array.addObject().put("vraag", e.getKey().text()).put("sleutel", e.getKey().name());
            ArrayNode answers = q.putArray("antwoorden");
            for (Answer a : e.getValue()) {
                answers.addObject().put("antwoord", a.answer()).put("door", a.answeredBy()).put("namens", a.onBehalfOf())
                        .put("op", a.answeredAt().toString()).put("voorbeelddata", a.example());
            }
        }
        return array;
    }

    private static Layer layer(String slug) {
        return Layer.fromSlug(slug).orElseThrow(() -> new NotFoundException("Onbekende laag '" + slug + "'."));
    }
}

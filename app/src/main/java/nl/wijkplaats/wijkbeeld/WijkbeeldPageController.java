package nl.wijkplaats.wijkbeeld;

import jakarta.servlet.http.HttpServletResponse;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.area.FigureRow;
import nl.wijkplaats.web.NotFoundException;
import nl.wijkplaats.web.PdfRenderer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The wijkbeeld pages: overview, layer lists, item pages and forms, collaborations, questions, map and PDF. */
@Controller
@RequestMapping("/wijk/{code}/wijkbeeld")
class WijkbeeldPageController {

    /** Distances shown first; the rest sits behind "alle afstanden". */
    private static final Set<String> KEY_DISTANCES = Set.of("huisartsenpraktijk", "apotheek", "grote-supermarkt",
            "cafe-e-d", "kinderdagverblijf", "school-basisonderwijs", "bibliotheek", "zwembad", "openbaar-groen-totaal",
            "treinstations-totaal");

    private final ItemService items;
    private final SterkhouderService sterkhouders;
    private final DuidingService duiding;
    private final NabijheidService nabijheid;
    private final AreaService areas;
    private final WijkbeeldPermissions permissions;
    private final PdfRenderer pdf;
    private final Clock clock;

    WijkbeeldPageController(ItemService items, SterkhouderService sterkhouders, DuidingService duiding,
                            NabijheidService nabijheid, AreaService areas, WijkbeeldPermissions permissions,
                            PdfRenderer pdf, Clock clock) {
        this.items = items;
        this.sterkhouders = sterkhouders;
        this.duiding = duiding;
        this.nabijheid = nabijheid;
        this.areas = areas;
        this.permissions = permissions;
        this.pdf = pdf;
        this.clock = clock;
    }

    // ---- overview

    @GetMapping
    String overview(@PathVariable String code, Model model) {
        Area wijk = items.wijk(code);
        model.addAllAttributes(picture(wijk));
        model.addAttribute("subjects", subjects(wijk));
        return "wijkbeeld/overview";
    }

    /** Everything the overview and the PDF show. */
    private Map<String, Object> picture(Area wijk) {
        Map<String, Object> m = new HashMap<>();
        m.put("wijk", wijk);
        m.put("gemeente", areas.get(wijk.gemeenteCode()));
        m.put("layers", Layer.values());
        Map<String, List<Item>> byLayer = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            byLayer.put(layer.name(), items.items(wijk.code(), layer));
        }
        m.put("byLayer", byLayer);
        m.put("hasExample", byLayer.values().stream().flatMap(List::stream).anyMatch(Item::example));
        List<Link> links = items.links(wijk.code());
        m.put("links", links);
        m.put("network", Network.of(links));
        m.put("sterkhouderCount", sterkhouders.count(wijk.code()));
        m.put("openReports", items.openReports(wijk.code()));
        m.put("hours", items.hoursByItem(wijk.code()));
        List<Integer> years = lastYears(wijk);
        List<FigureRow> rows = areas.compare(wijk.code(), years, true);
        m.put("years", years);
        m.put("rows", rows);
        List<NabijheidRow> distances = nabijheid.rows(wijk.code());
        m.put("keyDistances", distances.stream().filter(r -> KEY_DISTANCES.contains(r.variable())).toList());
        m.put("otherDistances", distances.stream().filter(r -> !KEY_DISTANCES.contains(r.variable())).toList());
        m.put("threads", duiding.threads(wijk.code()));
        m.put("answers", duiding.answers(wijk.code()));
        m.put("changes", items.recentChanges(wijk.code()));
        m.put("today", LocalDate.now(clock));
        return m;
    }

    /** subject key -> readable label, for the duiding form and thread headings. */
    private Map<String, String> subjects(Area wijk) {
        Map<String, String> subjects = new LinkedHashMap<>();
        // every CBS figure of the wijk can get a duiding, not only the key figures shown on the page
        for (FigureRow row : areas.compare(wijk.code(), lastYears(wijk), false)) {
            subjects.put("figure:" + row.variable().code(), "Cijfer: " + row.variable().labelWithUnit());
        }
        for (NabijheidRow r : nabijheid.rows(wijk.code())) {
            subjects.put("nabijheid:" + r.variable(), "Afstand tot " + r.label().toLowerCase(java.util.Locale.ROOT));
        }
        for (Item i : items.allItems(wijk.code())) {
            subjects.put("item:" + i.id(), i.layer().label() + ": " + i.name());
        }
        return subjects;
    }

    // ---- layer lists, item pages and forms

    @GetMapping("/{layer:[a-z-]+}")
    String layer(@PathVariable String code, @PathVariable String layer, Model model) {
        Area wijk = items.wijk(code);
        Layer l = layer(layer);
        model.addAttribute("wijk", wijk);
        model.addAttribute("layer", l);
        model.addAttribute("items", items.items(wijk.code(), l));
        model.addAttribute("openReports", items.openReports(wijk.code()));
        model.addAttribute("hours", items.hoursByItem(wijk.code()));
        return "wijkbeeld/layer";
    }

    @GetMapping("/{layer:[a-z-]+}/nieuw")
    String newItem(@PathVariable String code, @PathVariable String layer, Model model) {
        Area wijk = items.wijk(code);
        permissions.require(permissions.canEdit(wijk.code()));
        return form(model, wijk, layer(layer), null, new LinkedMultiValueMap<>(), Map.of());
    }

    @PostMapping("/{layer:[a-z-]+}")
    String create(@PathVariable String code, @PathVariable String layer, @RequestParam MultiValueMap<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        Layer l = layer(layer);
        try {
            long id = items.create(wijk.code(), l, form);
            redirect.addFlashAttribute("message", "Opgeslagen.");
            return "redirect:/wijk/" + wijk.code() + "/wijkbeeld/items/" + id;
        } catch (WijkbeeldInputException e) {
            response.setStatus(400);
            return form(model, wijk, l, null, form, e.errors());
        }
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable String code, @PathVariable long id, Model model) {
        Item item = itemIn(code, id);
        Area wijk = items.wijk(item.wijkCode());
        model.addAttribute("wijk", wijk);
        model.addAttribute("item", item);
        model.addAttribute("layer", item.layer());
        model.addAttribute("hours", items.hours(id));
        model.addAttribute("statusHistory", items.statusHistory(id));
        model.addAttribute("changes", items.changes("ITEM", id));
        model.addAttribute("reports", items.reports("ITEM", id));
        model.addAttribute("thread", duiding.threads(wijk.code()).getOrDefault("item:" + id, List.of()));
        model.addAttribute("links", items.links(wijk.code()).stream().filter(l -> l.fromItem() == id || l.toItem() == id).toList());
        model.addAttribute("buurt", item.buurtCode() == null ? null : areas.find(item.buurtCode()).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "wijkbeeld/item";
    }

    @GetMapping("/items/{id}/bewerken")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        Item item = itemIn(code, id);
        Area wijk = items.wijk(item.wijkCode());
        permissions.require(permissions.canEdit(wijk.code()));
        MultiValueMap<String, String> v = values(item);
        addHours(v, items.hours(id));
        return form(model, wijk, item.layer(), item, v, Map.of());
    }

    @PostMapping("/items/{id}")
    String update(@PathVariable String code, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Item item = itemIn(code, id);
        try {
            items.update(id, form);
            redirect.addFlashAttribute("message", "Wijziging opgeslagen.");
            return "redirect:/wijk/" + item.wijkCode() + "/wijkbeeld/items/" + id;
        } catch (WijkbeeldInputException e) {
            response.setStatus(400);
            return form(model, items.wijk(item.wijkCode()), item.layer(), item, form, e.errors());
        }
    }

    @PostMapping("/items/{id}/status")
    String status(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String changedOn, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        Item item = itemIn(code, id);
        try {
            items.changeStatus(id, status, changedOn, note);
            redirect.addFlashAttribute("message", "Status gewijzigd.");
        } catch (WijkbeeldInputException e) {
            redirect.addFlashAttribute("statusErrors", e.errors());
        }
        return "redirect:/wijk/" + item.wijkCode() + "/wijkbeeld/items/" + id + "#status";
    }

    @PostMapping("/items/{id}/melden")
    String report(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        Item item = itemIn(code, id);
        try {
            items.report("ITEM", id, reason);
            redirect.addFlashAttribute("message", "Bedankt, uw melding is ontvangen. De status ziet u hieronder.");
        } catch (WijkbeeldInputException e) {
            redirect.addFlashAttribute("reportErrors", e.errors());
        }
        return "redirect:/wijk/" + item.wijkCode() + "/wijkbeeld/items/" + id + "#melden";
    }

    @PostMapping("/meldingen/{reportId}/status")
    String reportStatus(@PathVariable String code, @PathVariable long reportId, @RequestParam long itemId,
                        @RequestParam String status, RedirectAttributes redirect) {
        Item item = itemIn(code, itemId);
        items.setReportStatus(reportId, status);
        redirect.addFlashAttribute("message", "Status van de melding gewijzigd.");
        return "redirect:/wijk/" + item.wijkCode() + "/wijkbeeld/items/" + itemId + "#melden";
    }

    private String form(Model model, Area wijk, Layer layer, Item item, MultiValueMap<String, String> values,
                        Map<String, String> errors) {
        model.addAttribute("wijk", wijk);
        model.addAttribute("layer", layer);
        model.addAttribute("item", item);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("buurten", areas.children(wijk.code()));
        model.addAttribute("statuses", PlaceStatus.values());
        // per field the choices in this gemeente (themes follow the council's public values)
        java.util.Map<String, List<String>> options = new java.util.HashMap<>();
        layer.fields().forEach(f -> options.put(f.key(), items.optionsFor(f, wijk.gemeenteCode())));
        model.addAttribute("options", options);
        model.addAttribute("days", java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(d -> new DayHours(d, java.time.LocalTime.NOON, java.time.LocalTime.NOON)).toList());
        return "wijkbeeld/form";
    }

    private static MultiValueMap<String, String> values(Item item) {
        MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
        v.add("name", item.name());
        v.add("description", item.description());
        v.add("buurtCode", item.buurtCode() == null ? "" : item.buurtCode());
        v.add("lat", item.lat() == null ? "" : item.lat().toPlainString());
        v.add("lon", item.lon() == null ? "" : item.lon().toPlainString());
        v.add("eventDate", item.eventDate() == null ? "" : item.eventDate().toString());
        v.add("onBehalfOf", "");
        v.add("version", String.valueOf(item.version()));
        for (Field f : item.layer().fields()) {
            if (f.isMulti()) {
                item.list(f.key()).forEach(x -> v.add(f.key(), x));
            } else if (f.isBoolean()) {
                v.add(f.key(), String.valueOf(item.flag(f.key())));
            } else {
                v.add(f.key(), item.attr(f.key()));
            }
        }
        return v;
    }

    private static void addHours(MultiValueMap<String, String> v, List<DayHours> hours) {
        for (DayHours h : hours) {
            v.add("open" + h.weekday(), "true");
            v.add("opens" + h.weekday(), h.opens().toString());
            v.add("closes" + h.weekday(), h.closes().toString());
        }
    }

    // ---- collaborations

    @GetMapping("/samenwerkingen")
    String links(@PathVariable String code, Model model) {
        Area wijk = items.wijk(code);
        List<Link> links = items.links(wijk.code());
        model.addAttribute("wijk", wijk);
        model.addAttribute("links", links);
        model.addAttribute("network", Network.of(links));
        model.addAttribute("partners", items.allItems(wijk.code()).stream().filter(i -> i.layer() != Layer.HISTORY).toList());
        emptyFormUnlessRefused(model);
        return "wijkbeeld/links";
    }

    @PostMapping("/samenwerkingen")
    String addLink(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        return submitOnPage(() -> items.addLink(wijk.code(), form.getFirst("from"), form.getFirst("to"),
                        form.getFirst("description"), "true".equals(form.getFirst("worksWell")), form.getFirst("onBehalfOf")),
                "Samenwerking toegevoegd.", wijk, "samenwerkingen", form, model, response, redirect, () -> links(code, model));
    }

    // ---- sterkhouders

    @GetMapping("/sterkhouders")
    String sterkhouders(@PathVariable String code, Model model) {
        Area wijk = items.wijk(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("count", sterkhouders.count(wijk.code()));
        model.addAttribute("people", sterkhouders.visible(wijk.code()).orElse(null));
        model.addAttribute("allowedRoles", sterkhouders.allowedRoles(wijk.code()));
        model.addAttribute("selectableRoles", WijkbeeldPermissions.STERKHOUDER_SELECTABLE);
        emptyFormUnlessRefused(model);
        model.addAttribute("today", LocalDate.now(clock));
        return "wijkbeeld/sterkhouders";
    }

    @PostMapping("/sterkhouders")
    String recordSterkhouder(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        return submitOnPage(() -> sterkhouders.record(wijk.code(), form.getFirst("name"), form.getFirst("contact"),
                        form.getFirst("carries"), "true".equals(form.getFirst("consent")), form.getFirst("consentGivenBy"),
                        form.getFirst("consentOn"), form.getFirst("consentPurpose")),
                "Sterkhouder vastgelegd, met de toestemming.", wijk, "sterkhouders", form, model, response, redirect,
                () -> sterkhouders(code, model));
    }

    @PostMapping("/sterkhouders/zichtbaarheid")
    String visibility(@PathVariable String code, @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        sterkhouders.setAllowedRoles(wijk.code(), roles);
        redirect.addFlashAttribute("message", "Zichtbaarheid opgeslagen.");
        return "redirect:/wijk/" + wijk.code() + "/wijkbeeld/sterkhouders";
    }

    @PostMapping("/sterkhouders/{id}/verwijderen")
    String removeSterkhouder(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        sterkhouders.remove(id);
        redirect.addFlashAttribute("message", "Sterkhouder verwijderd.");
        return "redirect:/wijk/" + wijk.code() + "/wijkbeeld/sterkhouders";
    }

    // ---- duiding and ecosystem questions

    @PostMapping("/duiding")
    String comment(@PathVariable String code, @RequestParam(required = false) String subject,
                   @RequestParam(required = false) String body, @RequestParam(required = false) String back,
                   RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        try {
            duiding.comment(wijk.code(), subject, body);
            redirect.addFlashAttribute("message", "Uw duiding is geplaatst.");
        } catch (WijkbeeldInputException e) {
            redirect.addFlashAttribute("duidingErrors", e.errors());
            redirect.addFlashAttribute("duidingBody", body);
        }
        String target = back != null && back.matches("items/[0-9]+") ? "/" + back : "";
        return "redirect:/wijk/" + wijk.code() + "/wijkbeeld" + target + "#duiding";
    }

    @GetMapping("/vragen")
    String questions(@PathVariable String code, Model model) {
        Area wijk = items.wijk(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("answers", duiding.answers(wijk.code()));
        emptyFormUnlessRefused(model);
        return "wijkbeeld/questions";
    }

    @PostMapping("/vragen")
    String answer(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Area wijk = items.wijk(code);
        return submitOnPage(() -> duiding.answer(wijk.code(), form.getFirst("question"), form.getFirst("answer"),
                        form.getFirst("onBehalfOf")),
                "Antwoord opgeslagen.", wijk, "vragen", form, model, response, redirect, () -> questions(code, model));
    }

    /** A list page shows an empty form, unless it is shown again for refused input (errors and typed values). */
    private static void emptyFormUnlessRefused(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", new LinkedMultiValueMap<String, String>());
        }
    }

    /**
     * A form on one of the wijkbeeld list pages: on success back to the page with a message; refused input shows the
     * page again with status 400, the errors and the typed values (nothing was stored).
     */
    private static String submitOnPage(Runnable action, String message, Area wijk, String page,
                                       MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                                       RedirectAttributes redirect, Supplier<String> render) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
            return "redirect:/wijk/" + wijk.code() + "/wijkbeeld/" + page;
        } catch (WijkbeeldInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
            model.addAttribute("values", form);
            return render.get();
        }
    }

    // ---- map and PDF

    @GetMapping("/kaart")
    String map(@PathVariable String code, Model model) {
        Area wijk = items.wijk(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("places", items.items(wijk.code(), Layer.PLACE));
        model.addAttribute("initiatives", items.items(wijk.code(), Layer.INITIATIVE));
        model.addAttribute("informal", items.items(wijk.code(), Layer.INFORMAL));
        return "wijkbeeld/map";
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        Area wijk = items.wijk(code);
        byte[] bytes = pdf.render("wijkbeeld/pdf", picture(wijk));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"wijkbeeld-" + wijk.code() + ".pdf\"").body(bytes);
    }

    // ---- helpers

    private Item itemIn(String code, long id) {
        Area wijk = items.wijk(code);
        Item item = items.item(id);
        if (!item.wijkCode().equals(wijk.code())) {
            throw new NotFoundException("Dit item hoort niet bij " + wijk.name() + ".");
        }
        return item;
    }

    private static Layer layer(String slug) {
        return Layer.fromSlug(slug).orElseThrow(() -> new NotFoundException("Onbekend onderdeel van het wijkbeeld: '" + slug + "'."));
    }

    private List<Integer> lastYears(Area area) {
        List<Integer> years = areas.years(area.gemeenteCode());
        return years.size() <= 2 ? years : years.subList(years.size() - 2, years.size());
    }
}

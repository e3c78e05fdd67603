package nl.wijkplaats.kaders.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.GeldstromenService;
import nl.wijkplaats.kaders.GeldstromenService.Flow;
import nl.wijkplaats.web.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Wijkgeldstromen: a table (the accessible version), a chart fed by a JSON endpoint, and a CSV download. */
@Controller
@Tag(name = "Wijkgeldstromen", description = "Publiek geld van het wijkbudget per wijk, naar herkomst en bestemming")
class GeldstromenController {

    private final GeldstromenService geldstromen;
    private final AreaService areas;

    GeldstromenController(GeldstromenService geldstromen, AreaService areas) {
        this.geldstromen = geldstromen;
        this.areas = areas;
    }

    private Area wijk(String code) {
        Area wijk = areas.get(code);
        if (!wijk.isWijk()) {
            throw new NotFoundException("Geen wijk: " + code);
        }
        return wijk;
    }

    /** name -> (year -> cents), per kind, in a stable order. */
    record Table(List<Integer> years, Map<String, Map<Integer, Long>> herkomst, Map<String, Map<Integer, Long>> bestemming,
                 Map<Integer, Long> totals) {
    }

    static Table table(List<Flow> flows) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(flows.stream().map(Flow::year).toList()));
        Map<String, Map<Integer, Long>> herkomst = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> bestemming = new LinkedHashMap<>();
        Map<Integer, Long> totals = new LinkedHashMap<>();
        for (Flow f : flows) {
            Map<String, Map<Integer, Long>> target = f.kind().equals(GeldstromenService.HERKOMST) ? herkomst : bestemming;
            target.computeIfAbsent(f.name(), k -> new LinkedHashMap<>()).merge(f.year(), f.cents(), Long::sum);
            if (f.kind().equals(GeldstromenService.HERKOMST)) {
                totals.merge(f.year(), f.cents(), Long::sum);
            }
        }
        return new Table(years, herkomst, bestemming, totals);
    }

    @GetMapping("/wijk/{code}/geldstromen")
    String page(@PathVariable String code, Model model) {
        Area wijk = wijk(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("gemeente", areas.get(wijk.gemeenteCode()));
        model.addAttribute("table", table(geldstromen.flows(wijk.code())));
        model.addAttribute("euroRights", geldstromen.euroDrawingRights(wijk.code()));
        return "kaders/geldstromen";
    }

    @GetMapping(value = "/api/v1/kaders/wijken/{code}/geldstromen", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Geldstromen van een wijk per jaar, naar herkomst (financieringsbron) en bestemming (soort budgetregel), in euro's")
    Map<String, Object> json(@PathVariable String code) {
        Area wijk = wijk(code);
        Table t = table(geldstromen.flows(wijk.code()));
        List<Map<String, Object>> series = new ArrayList<>();
        addSeries(series, t.herkomst(), GeldstromenService.HERKOMST, t.years());
        addSeries(series, t.bestemming(), GeldstromenService.BESTEMMING, t.years());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("wijk", wijk.code());
        body.put("naam", wijk.name());
        body.put("jaren", t.years());
        body.put("reeksen", series);
        return body;
    }

    private static void addSeries(List<Map<String, Object>> series, Map<String, Map<Integer, Long>> rows, String kind,
                                  List<Integer> years) {
        rows.forEach((name, perYear) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("naam", name);
            s.put("soort", kind);
            s.put("euros", years.stream().map(y -> BigDecimal.valueOf(perYear.getOrDefault(y, 0L)).movePointLeft(2)).toList());
            series.add(s);
        });
    }

    @GetMapping("/wijk/{code}/geldstromen.csv")
    void csv(@PathVariable String code, HttpServletResponse response) throws IOException {
        Area wijk = wijk(code);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"geldstromen-" + wijk.code() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\ufeff'); // so Excel reads UTF-8
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("wijk_code", "wijk", "jaar", "soort", "naam", "bedrag_euro").get())) {
            for (Flow f : geldstromen.flows(wijk.code())) {
                csv.printRecord(wijk.code(), wijk.name(), f.year(), f.kind().toLowerCase(java.util.Locale.ROOT), f.name(),
                        BigDecimal.valueOf(f.cents()).movePointLeft(2).toPlainString().replace('.', ','));
            }
        }
    }
}

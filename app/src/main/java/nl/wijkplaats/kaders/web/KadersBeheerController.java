package nl.wijkplaats.kaders.web;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.AllocationKey;
import nl.wijkplaats.kaders.AllocationService;
import nl.wijkplaats.kaders.BudgetPeriod;
import nl.wijkplaats.kaders.KadersInputException;
import nl.wijkplaats.kaders.KadersService;
import nl.wijkplaats.kaders.KeyInput;
import nl.wijkplaats.kaders.OndergrensService;
import nl.wijkplaats.kaders.PublicValueService;
import nl.wijkplaats.kaders.TrUnit;
import nl.wijkplaats.kaders.TrekkingsrechtenService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Editing the kaders (raadslid/ambtenaar). Every form has its own field-name prefix so error messages land on the right
 * field; every save is a decision with a reference.
 */
@Controller
class KadersBeheerController {

    static final int KEY_ROWS = 4;

    private final KadersService kaders;
    private final AllocationService allocations;
    private final OndergrensService ondergrenzen;
    private final PublicValueService values;
    private final TrekkingsrechtenService trekkingsrechten;
    private final AreaService areas;

    KadersBeheerController(KadersService kaders, AllocationService allocations, OndergrensService ondergrenzen,
                           PublicValueService values, TrekkingsrechtenService trekkingsrechten, AreaService areas) {
        this.kaders = kaders;
        this.allocations = allocations;
        this.ondergrenzen = ondergrenzen;
        this.values = values;
        this.trekkingsrechten = trekkingsrechten;
        this.areas = areas;
    }

    private void requireEditor() {
        if (!kaders.canEdit()) {
            throw new AccessDeniedException("Alleen raadsleden en ambtenaren kunnen de kaders wijzigen.");
        }
    }

    @GetMapping("/kaders/beheer/{code}")
    String page(@PathVariable String code, Model model) {
        requireEditor();
        Area gemeente = kaders.gemeente(code);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("values", values.allValues(gemeente.code()));
        model.addAttribute("sources", kaders.sources(gemeente.code()));
        model.addAttribute("periods", kaders.periods(gemeente.code()));
        model.addAttribute("ondergrenzen", ondergrenzen.list(gemeente.code()));
        model.addAttribute("checks", ondergrenzen.checks().all());
        model.addAttribute("wijken", areas.wijken(gemeente.code()));
        model.addAttribute("schemes", trekkingsrechten.schemes(gemeente.code()));
        model.addAttribute("units", TrUnit.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "kaders/beheer";
    }

    /** Runs a save; on bad input shows the page again with the message on the prefixed field. */
    private String save(String code, String prefix, Map<String, String> form, Model model, RedirectAttributes redirect,
                        String okMessage, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("ok", okMessage);
            return "redirect:/kaders/beheer/" + code + "#" + prefix;
        } catch (KadersInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field() == null ? null : prefix + "-" + e.field());
            model.addAttribute("form", form);
            return page(code, model);
        }
    }

    @PostMapping("/kaders/beheer/{code}/waarden")
    String saveValue(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        String id = form.get("waarde-id");
        return save(code, "waarde", form, model, redirect, "De publieke waarde is opgeslagen.", () -> kaders.saveValue(code,
                id == null || id.isBlank() ? null : Long.valueOf(id), form.get("waarde-naam"), form.get("waarde-omschrijving"),
                FormInput.optionalInt("waarde-volgorde", form.get("waarde-volgorde")) == null ? 99
                        : FormInput.optionalInt("waarde-volgorde", form.get("waarde-volgorde")),
                form.containsKey("waarde-actief"), form.get("waarde-referentie"),
                FormInput.date("datum", form.get("waarde-datum"))));
    }

    @PostMapping("/kaders/beheer/{code}/bronnen")
    String addSource(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "bron", form, model, redirect, "De financieringsbron is vastgelegd.", () -> kaders.addSource(code,
                form.get("bron-naam"), form.get("bron-grondslag"), form.get("bron-doel"),
                FormInput.euros("bedrag", "het bedrag per jaar", form.get("bron-bedrag"), true),
                FormInput.year("beginjaar", "beginjaar", form.get("bron-beginjaar")),
                FormInput.year("eindjaar", "eindjaar", form.get("bron-eindjaar")),
                form.get("bron-referentie"), FormInput.date("datum", form.get("bron-datum")), false));
    }

    @PostMapping("/kaders/beheer/{code}/perioden")
    String addPeriod(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "periode", form, model, redirect, "De budgetperiode is vastgelegd.", () -> kaders.addPeriod(code,
                form.get("periode-naam"), FormInput.year("beginjaar", "beginjaar", form.get("periode-beginjaar")),
                FormInput.year("eindjaar", "eindjaar", form.get("periode-eindjaar")),
                FormInput.decimal("minimum", "het minimumaandeel", form.getOrDefault("periode-minimum", "")),
                form.get("periode-referentie"), FormInput.date("datum", form.get("periode-datum")), false));
    }

    @PostMapping("/kaders/beheer/{code}/ondergrenzen")
    String addOndergrens(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "ondergrens", form, model, redirect, "De ondergrens is vastgelegd.", () -> ondergrenzen.add(code,
                form.get("ondergrens-omschrijving"), form.get("ondergrens-controle"),
                FormInput.optionalInt("parameter", form.get("ondergrens-parameter")), form.get("ondergrens-referentie"),
                FormInput.date("datum", form.get("ondergrens-datum")), false));
    }

    @PostMapping("/kaders/beheer/{code}/ondergrenzen/beoordeling")
    String evaluate(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "beoordeling", form, model, redirect, "De beoordeling is vastgelegd.", () -> {
            String og = form.getOrDefault("beoordeling-ondergrens", "");
            if (og.isBlank()) {
                throw new KadersInputException("ondergrens", "Kies een ondergrens.");
            }
            String met = form.getOrDefault("beoordeling-gehaald", "");
            if (!met.equals("ja") && !met.equals("nee")) {
                throw new KadersInputException("gehaald", "Kies of de ondergrens gehaald wordt.");
            }
            ondergrenzen.evaluate(Long.parseLong(og), form.getOrDefault("beoordeling-wijk", ""), met.equals("ja"),
                    form.get("beoordeling-toelichting"));
        });
    }

    @PostMapping("/kaders/beheer/{code}/trekkingsrechten/regeling")
    String addScheme(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "regeling", form, model, redirect, "De regeling is vastgelegd.", () -> {
            TrUnit unit;
            try {
                unit = TrUnit.valueOf(form.getOrDefault("regeling-eenheid", ""));
            } catch (IllegalArgumentException e) {
                throw new KadersInputException("eenheid", "Kies uren of euro's.");
            }
            trekkingsrechten.createScheme(code, form.get("regeling-naam"), unit, form.get("regeling-omschrijving"),
                    form.get("regeling-referentie"), false);
        });
    }

    @PostMapping("/kaders/beheer/{code}/trekkingsrechten/tegoed")
    String grant(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "tegoed", form, model, redirect, "Het tegoed is toegekend.", () -> {
            long schemeId = Long.parseLong(form.getOrDefault("tegoed-regeling", "0"));
            BigDecimal amount = FormInput.decimal("tegoed", "het tegoed", form.getOrDefault("tegoed-tegoed", ""));
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new KadersInputException("tegoed", "Vul het tegoed in met hoogstens twee cijfers achter de komma.");
            }
            trekkingsrechten.grant(schemeId, form.get("tegoed-wijk"), form.get("tegoed-houder"),
                    amount.movePointRight(2).longValue(), FormInput.date("vervaldatum", form.get("tegoed-vervaldatum")),
                    form.get("tegoed-referentie"), false);
        });
    }

    @PostMapping("/kaders/beheer/{code}/trekkingsrechten/aanbod")
    String addOffer(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(code, "aanbod", form, model, redirect, "Het aanbod staat in de catalogus.", () -> {
            long schemeId = Long.parseLong(form.getOrDefault("aanbod-regeling", "0"));
            String price = form.get("aanbod-prijs");
            trekkingsrechten.addOffer(schemeId, form.get("aanbod-aanbieder"), form.get("aanbod-soort"),
                    form.get("aanbod-account"), form.get("aanbod-titel"), form.get("aanbod-omschrijving"),
                    price == null || price.isBlank() ? null : FormInput.euros("prijs", "de prijs per uur", price, false), false);
        });
    }

    // --- allocation key: preview and adoption ---------------------------------------------------------------

    @GetMapping("/kaders/beheer/perioden/{id}/sleutel")
    String keyForm(@PathVariable long id, Model model) {
        requireEditor();
        BudgetPeriod period = kaders.period(id);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new HashMap<>();
            form.put("cijferjaar", areas.latestYear(period.gemeenteCode()).map(String::valueOf).orElse(""));
            if (period.adoptedKeyId() != null) {
                AllocationKey k = allocations.key(period.adoptedKeyId());
                form.put("naam", k.name());
                form.put("basis", WijkbudgetController.Money2.plain(k.baseCents()));
                form.put("cijferjaar", String.valueOf(k.figureYear()));
                form.put("onderbouwing", k.rationale());
                int i = 1;
                for (var w : allocations.weights(k.id()).entrySet()) {
                    form.put("cijfer" + i, w.getKey());
                    form.put("gewicht" + i, w.getValue().toPlainString());
                    i++;
                }
            }
            model.addAttribute("form", form);
        }
        Area gemeente = kaders.gemeente(period.gemeenteCode());
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("period", period);
        model.addAttribute("variables", allocations.weighableVariables());
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, KEY_ROWS).boxed().toList());
        model.addAttribute("years", areas.years(period.gemeenteCode()));
        model.addAttribute("keys", allocations.keys(id));
        model.addAttribute("adoptedKey", period.adoptedKeyId() == null ? null : allocations.key(period.adoptedKeyId()));
        return "kaders/sleutel";
    }

    @PostMapping("/kaders/beheer/perioden/{id}/sleutel")
    String keyAction(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam String actie, Model model,
                     RedirectAttributes redirect) {
        requireEditor();
        BudgetPeriod period = kaders.period(id);
        model.addAttribute("form", form);
        try {
            KeyInput key = keyInput(form);
            if ("vaststellen".equals(actie)) {
                allocations.adopt(id, key, form.get("referentie"), FormInput.date("datum", form.get("datum")), false);
                redirect.addFlashAttribute("ok", "De verdeelsleutel is vastgesteld. De wijkbudgetten zijn bijgewerkt.");
                return "redirect:/kaders/gemeente/" + period.gemeenteCode() + "#periode-" + id;
            }
            model.addAttribute("preview", allocations.preview(id, key));
        } catch (KadersInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
        }
        return keyForm(id, model);
    }

    private static KeyInput keyInput(Map<String, String> form) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 1; i <= KEY_ROWS; i++) {
            String variable = form.getOrDefault("cijfer" + i, "").trim();
            String weight = form.getOrDefault("gewicht" + i, "").trim();
            if (variable.isEmpty() && weight.isEmpty()) {
                continue;
            }
            if (variable.isEmpty()) {
                throw new KadersInputException("gewichten", "Bij regel " + i + " staat een gewicht zonder cijfer. Kies een cijfer.");
            }
            BigDecimal w = FormInput.decimal("gewichten", "gewicht " + i, weight.isEmpty() ? "x" : weight);
            if (weights.put(variable, w) != null) {
                throw new KadersInputException("gewichten", "Hetzelfde cijfer staat twee keer in de sleutel.");
            }
        }
        int year = FormInput.year("cijferjaar", "het jaar van de cijfers", form.get("cijferjaar"));
        long base = FormInput.euros("basis", "het basisbedrag per wijk", form.get("basis"), false);
        return new KeyInput(form.get("naam"), base, year, weights, form.get("onderbouwing"));
    }
}

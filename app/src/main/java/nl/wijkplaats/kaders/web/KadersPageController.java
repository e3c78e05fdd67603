package nl.wijkplaats.kaders.web;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.AllocationService;
import nl.wijkplaats.kaders.BudgetPeriod;
import nl.wijkplaats.kaders.DecisionLog;
import nl.wijkplaats.kaders.KadersService;
import nl.wijkplaats.kaders.OndergrensService;
import nl.wijkplaats.kaders.PublicValueService;
import nl.wijkplaats.kaders.TrekkingsrechtenService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public kaders pages: what the council decided, and its history. */
@Controller
class KadersPageController {

    private final KadersService kaders;
    private final AllocationService allocations;
    private final OndergrensService ondergrenzen;
    private final PublicValueService values;
    private final DecisionLog decisions;
    private final TrekkingsrechtenService trekkingsrechten;
    private final AreaService areas;

    KadersPageController(KadersService kaders, AllocationService allocations, OndergrensService ondergrenzen,
                         PublicValueService values, DecisionLog decisions, TrekkingsrechtenService trekkingsrechten,
                         AreaService areas) {
        this.kaders = kaders;
        this.allocations = allocations;
        this.ondergrenzen = ondergrenzen;
        this.values = values;
        this.decisions = decisions;
        this.trekkingsrechten = trekkingsrechten;
        this.areas = areas;
    }

    @GetMapping("/kaders")
    String index(Model model) {
        List<Area> gemeenten = areas.gemeenten();
        if (gemeenten.size() == 1) {
            return "redirect:/kaders/gemeente/" + gemeenten.get(0).code();
        }
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("target", "/kaders/gemeente/");
        return "kaders/index";
    }

    @GetMapping("/kaders/gemeente/{code}")
    String gemeente(@PathVariable String code, Model model) {
        Area gemeente = kaders.gemeente(code);
        List<Area> wijken = areas.wijken(gemeente.code());
        List<BudgetPeriod> periods = kaders.periods(gemeente.code());
        Map<Long, Map<String, Map<Integer, Long>>> adopted = new LinkedHashMap<>();
        Map<Long, Object> keys = new LinkedHashMap<>();
        for (BudgetPeriod p : periods) {
            adopted.put(p.id(), allocations.adopted(p.id()));
            if (p.adoptedKeyId() != null) {
                keys.put(p.id(), allocations.key(p.adoptedKeyId()));
            }
        }
        Map<String, List<OndergrensService.Status>> status = new LinkedHashMap<>();
        for (Area w : wijken) {
            status.put(w.code(), ondergrenzen.statusForWijk(w.code()));
        }
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("wijken", wijken);
        model.addAttribute("values", values.values(gemeente.code()));
        model.addAttribute("sources", kaders.sources(gemeente.code()));
        model.addAttribute("periods", periods);
        model.addAttribute("adopted", adopted);
        model.addAttribute("keys", keys);
        model.addAttribute("ondergrenzen", ondergrenzen.list(gemeente.code()));
        model.addAttribute("status", status);
        model.addAttribute("schemes", trekkingsrechten.schemes(gemeente.code()));
        model.addAttribute("canEdit", kaders.canEdit());
        model.addAttribute("recent", decisions.forGemeente(gemeente.code()).stream().limit(5).toList());
        return "kaders/gemeente";
    }

    @GetMapping("/kaders/gemeente/{code}/besluiten")
    String decisions(@PathVariable String code, Model model) {
        Area gemeente = kaders.gemeente(code);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("decisions", decisions.forGemeente(gemeente.code()));
        model.addAttribute("wijkNames", wijkNames(gemeente.code()));
        return "kaders/besluiten";
    }

    @GetMapping("/kaders/gemeente/{code}/trekkingsrechten/evaluatie/{schemeId}")
    String evaluation(@PathVariable String code, @PathVariable long schemeId, Model model) {
        Area gemeente = kaders.gemeente(code);
        TrekkingsrechtenService.Evaluation eval = trekkingsrechten.evaluation(schemeId);
        if (!eval.scheme().gemeenteCode().equals(gemeente.code())) {
            throw new nl.wijkplaats.web.NotFoundException("Deze regeling hoort niet bij deze gemeente.");
        }
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("eval", eval);
        model.addAttribute("balances", trekkingsrechten.balances(schemeId));
        model.addAttribute("wijkNames", wijkNames(gemeente.code()));
        Map<Long, String> offerNames = new LinkedHashMap<>();
        trekkingsrechten.offers(schemeId).forEach(o -> offerNames.put(o.id(), o.providerName() + " – " + o.title()));
        model.addAttribute("offerNames", offerNames);
        Map<Long, String> holders = new LinkedHashMap<>();
        trekkingsrechten.balances(schemeId).forEach(b -> holders.put(b.id(), b.holderName()));
        model.addAttribute("holders", holders);
        return "kaders/evaluatie";
    }

    private Map<String, String> wijkNames(String gemeenteCode) {
        Map<String, String> names = new LinkedHashMap<>();
        areas.wijken(gemeenteCode).forEach(w -> names.put(w.code(), w.name()));
        return names;
    }
}

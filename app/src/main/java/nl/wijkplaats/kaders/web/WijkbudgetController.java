package nl.wijkplaats.kaders.web;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.AllocationService;
import nl.wijkplaats.kaders.BudgetCategory;
import nl.wijkplaats.kaders.BudgetLine;
import nl.wijkplaats.kaders.BudgetPeriod;
import nl.wijkplaats.kaders.DecisionLog;
import nl.wijkplaats.kaders.KadersInputException;
import nl.wijkplaats.kaders.KadersService;
import nl.wijkplaats.kaders.OndergrensService;
import nl.wijkplaats.kaders.TrekkingsrechtenService;
import nl.wijkplaats.kaders.WijkbudgetService;
import nl.wijkplaats.kaders.allocation.AllocationResult;
import nl.wijkplaats.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wijkbudget of one wijk: public summary and calculation, editing of budget lines, comments from the wijk. */
@Controller
class WijkbudgetController {

    private final WijkbudgetService budgets;
    private final KadersService kaders;
    private final AllocationService allocations;
    private final OndergrensService ondergrenzen;
    private final TrekkingsrechtenService trekkingsrechten;
    private final DecisionLog decisions;
    private final AreaService areas;

    WijkbudgetController(WijkbudgetService budgets, KadersService kaders, AllocationService allocations,
                         OndergrensService ondergrenzen, TrekkingsrechtenService trekkingsrechten, DecisionLog decisions,
                         AreaService areas) {
        this.budgets = budgets;
        this.kaders = kaders;
        this.allocations = allocations;
        this.ondergrenzen = ondergrenzen;
        this.trekkingsrechten = trekkingsrechten;
        this.decisions = decisions;
        this.areas = areas;
    }

    private Area wijk(String code) {
        Area wijk = areas.get(code);
        if (!wijk.isWijk()) {
            throw new NotFoundException("Geen wijk: " + code);
        }
        return wijk;
    }

    /** The adopted period covering the year asked for, else the one covering this year, else the latest adopted. */
    private Optional<BudgetPeriod> period(Area wijk, Integer year) {
        List<BudgetPeriod> adopted = kaders.periods(wijk.gemeenteCode()).stream().filter(p -> p.adoptedKeyId() != null).toList();
        int wanted = year != null ? year : budgets.currentYear();
        return adopted.stream().filter(p -> p.contains(wanted)).findFirst()
                .or(() -> adopted.stream().filter(p -> p.startYear() > wanted).min(Comparator.comparingInt(BudgetPeriod::startYear)))
                .or(() -> adopted.stream().findFirst());
    }

    @GetMapping("/wijk/{code}/wijkbudget")
    String page(@PathVariable String code, @RequestParam(name = "jaar", required = false) Integer jaar, Model model) {
        Area wijk = wijk(code);
        model.addAttribute("wijk", wijk);
        model.addAttribute("gemeente", areas.get(wijk.gemeenteCode()));
        model.addAttribute("canComment", budgets.canComment(wijk.code()));
        model.addAttribute("canEdit", budgets.canEdit(wijk.code()));
        model.addAttribute("ondergrenzen", ondergrenzen.statusForWijk(wijk.code()));
        model.addAttribute("balances", trekkingsrechten.balancesForWijk(wijk.code()));
        Map<Long, nl.wijkplaats.kaders.TrUnit> units = new java.util.HashMap<>();
        trekkingsrechten.schemes(wijk.gemeenteCode()).forEach(s -> units.put(s.id(), s.unit()));
        model.addAttribute("units", units);
        model.addAttribute("decisions", decisions.forWijk(wijk.code()).stream().limit(10).toList());
        Optional<BudgetPeriod> period = period(wijk, jaar);
        model.addAttribute("period", period.orElse(null));
        if (period.isEmpty()) {
            return "kaders/wijkbudget";
        }
        BudgetPeriod p = period.get();
        int year = jaar != null && p.contains(jaar) ? jaar
                : p.contains(budgets.currentYear()) ? budgets.currentYear() : p.startYear();
        WijkbudgetService.YearBudget budget = budgets.year(p, wijk.code(), year);
        model.addAttribute("year", year);
        model.addAttribute("budget", budget);
        model.addAttribute("allocated", budgets.allocated(p.id(), wijk.code()));
        model.addAttribute("key", allocations.key(p.adoptedKeyId()));
        model.addAttribute("comments", budgets.comments(wijk.code(), year));
        try {
            AllocationService.Preview explanation = allocations.adoptedExplanation(p);
            AllocationResult result = explanation.perYear().get(year);
            model.addAttribute("explanation", result);
            model.addAttribute("mine", result.of(wijk.code()));
            model.addAttribute("explanationCurrent", budget.allocatedCents() != null
                    && result.of(wijk.code()).amountCents() == budget.allocatedCents());
        } catch (RuntimeException e) {
            // sources or figures changed so much the key cannot be recomputed; the adopted amounts still stand
            model.addAttribute("explanation", null);
        }
        return "kaders/wijkbudget";
    }

    @PostMapping("/wijk/{code}/wijkbudget/reacties")
    String comment(@PathVariable String code, @RequestParam int jaar, @RequestParam(required = false) String reactie,
                   RedirectAttributes redirect) {
        Area wijk = wijk(code);
        try {
            budgets.comment(wijk.code(), jaar, reactie);
            redirect.addFlashAttribute("ok", "Uw reactie is geplaatst.");
        } catch (KadersInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/wijk/" + wijk.code() + "/wijkbudget?jaar=" + jaar + "#reacties";
    }

    // --- editing budget lines (login; ambtenaar or the wijk's coördinator) -----------------------------------

    @GetMapping("/kaders/beheer/wijk/{code}/wijkbudget/{periodId}/{year}")
    String edit(@PathVariable String code, @PathVariable long periodId, @PathVariable int year, Model model) {
        Area wijk = wijk(code);
        if (!budgets.canEdit(wijk.code())) {
            throw new org.springframework.security.access.AccessDeniedException("U kunt het wijkbudget van deze wijk niet wijzigen.");
        }
        BudgetPeriod p = kaders.period(periodId);
        model.addAttribute("wijk", wijk);
        model.addAttribute("period", p);
        model.addAttribute("year", year);
        model.addAttribute("budget", budgets.year(p, wijk.code(), year));
        model.addAttribute("categories", BudgetCategory.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "kaders/wijkbudget-edit";
    }

    @PostMapping("/kaders/beheer/wijk/{code}/wijkbudget/{periodId}/{year}")
    String addLine(@PathVariable String code, @PathVariable long periodId, @PathVariable int year,
                   @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            BudgetCategory category;
            try {
                category = BudgetCategory.valueOf(form.getOrDefault("soort", ""));
            } catch (IllegalArgumentException e) {
                throw new KadersInputException("soort", "Kies waar de budgetregel voor is.");
            }
            budgets.addLine(periodId, code, year, category, form.get("omschrijving"),
                    FormInput.euros("gepland", "het geplande bedrag", form.get("gepland"), true),
                    FormInput.euros("toegezegd", "het toegezegde bedrag", form.get("toegezegd"), false),
                    FormInput.euros("uitgegeven", "het uitgegeven bedrag", form.get("uitgegeven"), false),
                    form.getOrDefault("referentie", ""), false);
            redirect.addFlashAttribute("ok", "De budgetregel is toegevoegd.");
            return "redirect:/kaders/beheer/wijk/" + code + "/wijkbudget/" + periodId + "/" + year;
        } catch (KadersInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", form);
            return edit(code, periodId, year, model);
        }
    }

    @GetMapping("/kaders/beheer/budgetregels/{id}")
    String editLine(@PathVariable long id, Model model) {
        BudgetLine line = budgets.line(id).orElseThrow(() -> new NotFoundException("Deze budgetregel bestaat niet."));
        if (!budgets.canEdit(line.wijkCode())) {
            throw new org.springframework.security.access.AccessDeniedException("U kunt deze budgetregel niet wijzigen.");
        }
        model.addAttribute("line", line);
        model.addAttribute("wijk", areas.get(line.wijkCode()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("omschrijving", line.description(),
                    "gepland", Money2.plain(line.plannedCents()), "toegezegd", Money2.plain(line.committedCents()),
                    "uitgegeven", Money2.plain(line.spentCents()), "versie", String.valueOf(line.version())));
        }
        return "kaders/budgetregel";
    }

    @PostMapping("/kaders/beheer/budgetregels/{id}")
    String updateLine(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        BudgetLine line = budgets.line(id).orElseThrow(() -> new NotFoundException("Deze budgetregel bestaat niet."));
        try {
            int version = Integer.parseInt(form.getOrDefault("versie", "-1"));
            budgets.updateLine(id, version, form.get("omschrijving"),
                    FormInput.euros("gepland", "het geplande bedrag", form.get("gepland"), true),
                    FormInput.euros("toegezegd", "het toegezegde bedrag", form.get("toegezegd"), false),
                    FormInput.euros("uitgegeven", "het uitgegeven bedrag", form.get("uitgegeven"), false),
                    form.getOrDefault("referentie", ""));
            redirect.addFlashAttribute("ok", "De budgetregel is opgeslagen.");
            return "redirect:/kaders/beheer/wijk/" + line.wijkCode() + "/wijkbudget/" + line.periodId() + "/" + line.year();
        } catch (KadersInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", form);
            return editLine(id, model);
        } catch (nl.wijkplaats.kaders.ConcurrentEditException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", null);
            model.addAttribute("form", form);
            return editLine(id, model);
        }
    }

    /** Amounts back into a form field: "1250.50". */
    static final class Money2 {
        static String plain(long cents) {
            return java.math.BigDecimal.valueOf(cents).movePointLeft(2).toPlainString();
        }
    }
}

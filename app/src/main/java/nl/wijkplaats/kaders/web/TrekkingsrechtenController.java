package nl.wijkplaats.kaders.web;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.KadersInputException;
import nl.wijkplaats.kaders.TrRecords;
import nl.wijkplaats.kaders.TrekkingsrechtenService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Trekkingsrechten for the people involved (login): request, answer, deliver. */
@Controller
class TrekkingsrechtenController {

    private final TrekkingsrechtenService service;
    private final AreaService areas;
    private final Clock clock;

    TrekkingsrechtenController(TrekkingsrechtenService service, AreaService areas, Clock clock) {
        this.service = service;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/kaders/trekkingsrechten")
    String index(Model model) {
        List<Area> gemeenten = areas.gemeenten();
        // straight to the one gemeente that runs the experiment; otherwise let people choose
        List<Area> withSchemes = gemeenten.stream().filter(g -> !service.schemes(g.code()).isEmpty()).toList();
        List<Area> choice = withSchemes.isEmpty() ? gemeenten : withSchemes;
        if (choice.size() == 1) {
            return "redirect:/kaders/trekkingsrechten/" + choice.get(0).code();
        }
        model.addAttribute("gemeenten", choice);
        model.addAttribute("target", "/kaders/trekkingsrechten/");
        return "kaders/index";
    }

    @GetMapping("/kaders/trekkingsrechten/{code}")
    String page(@PathVariable String code, Model model) {
        Area gemeente = areas.get(code);
        // balances past their date are settled before anyone looks at them
        service.expireDue(LocalDate.now(clock));
        List<TrRecords.Scheme> schemes = service.schemes(gemeente.code());
        Map<Long, List<TrRecords.Balance>> balances = new HashMap<>();
        Map<Long, List<TrRecords.Offer>> offers = new HashMap<>();
        Map<Long, List<TrRecords.Request>> requests = new HashMap<>();
        Map<Long, TrRecords.Offer> offerById = new HashMap<>();
        Map<Long, TrRecords.Balance> balanceById = new HashMap<>();
        Map<Long, Boolean> mayRequest = new HashMap<>();
        Map<Long, Boolean> mayProvide = new HashMap<>();
        for (TrRecords.Scheme s : schemes) {
            balances.put(s.id(), service.balances(s.id()));
            offers.put(s.id(), service.offers(s.id()));
            offers.get(s.id()).forEach(o -> {
                offerById.put(o.id(), o);
                mayProvide.put(o.id(), service.canProvide(o));
            });
            balances.get(s.id()).forEach(b -> {
                balanceById.put(b.id(), b);
                mayRequest.put(b.id(), service.canRequest(b));
            });
            requests.put(s.id(), service.requests(s.id()));
        }
        Map<String, String> wijkNames = new HashMap<>();
        areas.wijken(gemeente.code()).forEach(w -> wijkNames.put(w.code(), w.name()));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("schemes", schemes);
        model.addAttribute("balances", balances);
        model.addAttribute("offers", offers);
        model.addAttribute("requests", requests);
        model.addAttribute("offerById", offerById);
        model.addAttribute("balanceById", balanceById);
        model.addAttribute("mayRequest", mayRequest);
        model.addAttribute("mayProvide", mayProvide);
        model.addAttribute("wijkNames", wijkNames);
        model.addAttribute("today", LocalDate.now(clock));
        return "kaders/trekkingsrechten";
    }

    private String back(String code) {
        return "redirect:/kaders/trekkingsrechten/" + code;
    }

    @PostMapping("/kaders/trekkingsrechten/{code}/aanvragen")
    String request(@PathVariable String code, @RequestParam long tegoed, @RequestParam(required = false) Long aanbod,
                   @RequestParam(required = false) String uren, @RequestParam(required = false) String vraag,
                   RedirectAttributes redirect) {
        try {
            if (aanbod == null) {
                throw new KadersInputException("aanbod", "Kies wat u wilt aanvragen.");
            }
            service.request(tegoed, aanbod, FormInput.decimal("uren", "het aantal uren", uren == null ? "" : uren), vraag);
            redirect.addFlashAttribute("ok", "Uw aanvraag is verstuurd. De uren zijn van het tegoed gereserveerd.");
        } catch (KadersInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code);
    }

    @PostMapping("/kaders/trekkingsrechten/{code}/aanvragen/{id}/{actie}")
    String act(@PathVariable String code, @PathVariable long id, @PathVariable String actie,
               @RequestParam(required = false) String uren, @RequestParam(required = false) String datum,
               @RequestParam(required = false) String toelichting, RedirectAttributes redirect) {
        try {
            switch (actie) {
                case "accepteren" -> service.accept(id);
                case "afwijzen" -> service.decline(id);
                case "intrekken" -> service.withdraw(id);
                case "afronden" -> service.complete(id);
                case "uren" -> service.logHours(id, FormInput.decimal("uren", "het aantal uren", uren == null ? "" : uren),
                        datum == null || datum.isBlank() ? null : FormInput.date("datum", datum), toelichting);
                default -> throw new nl.wijkplaats.web.NotFoundException("Onbekende actie.");
            }
            redirect.addFlashAttribute("ok", "Opgeslagen.");
        } catch (KadersInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code);
    }
}

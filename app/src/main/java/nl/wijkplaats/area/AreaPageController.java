package nl.wijkplaats.area;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The public area pages: no login needed. */
@Controller
class AreaPageController {

    private final AreaService areas;

    AreaPageController(AreaService areas) {
        this.areas = areas;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Area> gemeenten = areas.gemeenten();
        if (gemeenten.size() == 1) {
            return "redirect:/gemeente/" + gemeenten.get(0).code();
        }
        model.addAttribute("gemeenten", gemeenten);
        return "area/home";
    }

    @GetMapping("/gemeente/{code}")
    String gemeente(@PathVariable String code, Model model) {
        Area gemeente = areaOfLevel(code, AreaLevel.GEMEENTE);
        addCommon(model, gemeente, areas.wijken(gemeente.code()));
        return "area/gemeente";
    }

    @GetMapping("/wijk/{code}")
    String wijk(@PathVariable String code, Model model) {
        Area wijk = areaOfLevel(code, AreaLevel.WIJK);
        addCommon(model, wijk, areas.children(wijk.code()));
        model.addAttribute("gemeente", areas.get(wijk.gemeenteCode()));
        return "area/wijk";
    }

    @GetMapping("/buurt/{code}")
    String buurt(@PathVariable String code, Model model) {
        Area buurt = areaOfLevel(code, AreaLevel.BUURT);
        addCommon(model, buurt, List.of());
        model.addAttribute("gemeente", areas.get(buurt.gemeenteCode()));
        model.addAttribute("wijk", areas.find(buurt.parentCode()).orElse(null));
        return "area/buurt";
    }

    /** All figures of an area, not only the key ones. */
    @GetMapping("/{level:gemeente|wijk|buurt}/{code}/cijfers")
    String allFigures(@PathVariable String level, @PathVariable String code, Model model) {
        Area area = areaOfLevel(code, AreaLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT)));
        List<Integer> years = lastYears(area);
        model.addAttribute("area", area);
        model.addAttribute("years", years);
        model.addAttribute("rows", areas.compare(area.code(), years, false));
        model.addAttribute("gemeente", areas.get(area.gemeenteCode()));
        return "area/figures";
    }

    private void addCommon(Model model, Area area, List<Area> children) {
        List<Integer> years = lastYears(area);
        Integer latest = years.isEmpty() ? null : years.get(years.size() - 1);
        Map<String, BigDecimal> inhabitants = latest == null ? Map.of() : areas.childFigure(area.code(), latest, "a_inw");
        model.addAttribute("area", area);
        model.addAttribute("children", children);
        model.addAttribute("inhabitants", inhabitants);
        model.addAttribute("years", years);
        model.addAttribute("latestYear", latest);
        model.addAttribute("rows", areas.compare(area.code(), years, true));
    }

    /** The two most recent years with figures, oldest first. */
    private List<Integer> lastYears(Area area) {
        List<Integer> years = areas.years(area.gemeenteCode());
        return years.size() <= 2 ? years : years.subList(years.size() - 2, years.size());
    }

    private Area areaOfLevel(String code, AreaLevel level) {
        Area area = areas.get(code);
        if (area.level() != level) {
            throw new UnknownAreaException(code);
        }
        return area;
    }
}

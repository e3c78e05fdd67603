package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The part of the wijkbeeld that lies in one buurt: the items placed there, by layer. */
@Controller
class BuurtWijkbeeldController {

    private final ItemService items;
    private final AreaService areas;

    BuurtWijkbeeldController(ItemService items, AreaService areas) {
        this.items = items;
        this.areas = areas;
    }

    @GetMapping("/buurt/{code}/wijkbeeld")
    String buurt(@PathVariable String code, Model model) {
        List<Item> list = items.itemsInBuurt(code);
        Area buurt = areas.get(code);
        Map<Layer, List<Item>> byLayer = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            List<Item> inLayer = list.stream().filter(i -> i.layer() == layer).toList();
            if (!inLayer.isEmpty()) {
                byLayer.put(layer, inLayer);
            }
        }
        model.addAttribute("buurt", buurt);
        model.addAttribute("wijk", areas.find(buurt.parentCode()).orElseThrow());
        model.addAttribute("byLayer", byLayer);
        return "wijkbeeld/buurt";
    }
}

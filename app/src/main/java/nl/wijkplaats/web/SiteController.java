package nl.wijkplaats.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "web/accessibility";
    }
}

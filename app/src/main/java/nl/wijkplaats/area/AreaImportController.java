package nl.wijkplaats.area;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Upload of KWB files and GeoJSON boundaries (beheerders and ambtenaren). */
@Controller
@RequestMapping("/beheer/import")
class AreaImportController {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(19|20)\\d{2}");

    private final AreaImportService imports;

    AreaImportController(AreaImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", imports.recentImports());
        return "area/import";
    }

    @PostMapping("/kwb")
    String kwb(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
               Authentication auth, RedirectAttributes redirect) {
        String name = fileName(file);
        Integer y = year != null ? year : guessYear(name);
        if (y == null) {
            redirect.addFlashAttribute("error", "Vul het jaar van de cijfers in; het staat niet in de bestandsnaam " + name + ".");
            return "redirect:/beheer/import";
        }
        return run(redirect, name, file, in -> imports.importKwb(name, in, y, auth.getName()),
                "cijfers van " + y);
    }

    @PostMapping("/geojson")
    String geojson(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes redirect) {
        String name = fileName(file);
        return run(redirect, name, file, in -> imports.importGeoJson(name, in, auth.getName()), "grenzen");
    }

    private interface Importer {
        ImportResult run(InputStream in);
    }

    private String run(RedirectAttributes redirect, String name, MultipartFile file, Importer importer, String what) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "Kies eerst een bestand.");
            return "redirect:/beheer/import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = importer.run(in);
            redirect.addFlashAttribute("ok", "Geïmporteerd uit " + name + ": " + what + " van " + result.areas() + " gebieden.");
        } catch (ImportException e) {
            redirect.addFlashAttribute("error", e.getMessage() + " Er is niets opgeslagen.");
        } catch (IOException e) {
            redirect.addFlashAttribute("error", "Het bestand " + name + " kon niet worden gelezen. Er is niets opgeslagen.");
        }
        return "redirect:/beheer/import";
    }

    private static String fileName(MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null || name.isBlank() ? "(zonder naam)" : name;
    }

    static Integer guessYear(String fileName) {
        Matcher m = YEAR_IN_NAME.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }
}

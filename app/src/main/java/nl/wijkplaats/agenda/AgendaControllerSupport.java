package nl.wijkplaats.agenda;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared by the agenda controllers: refused input goes back to the form's page with the Dutch message, the field it
 * concerns (for aria-invalid/aria-describedby) and what was typed, so nobody has to start over.
 */
abstract class AgendaControllerSupport {

    @ExceptionHandler(AgendaException.class)
    String refused(AgendaException e, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("error", e.getMessage());
        flash.addFlashAttribute("errorField", e.field());
        Map<String, String> form = new LinkedHashMap<>();
        Map<String, List<String>> formValues = new LinkedHashMap<>(); // all values: which boxes were ticked
        request.getParameterMap().forEach((k, v) -> {
            if (!k.startsWith("_") && v.length > 0) {
                form.put(k, v[0]);
                formValues.put(k, List.of(v));
            }
        });
        flash.addFlashAttribute("form", form);
        flash.addFlashAttribute("formValues", formValues);
        return "redirect:" + back(request);
    }

    /** The page the form was on (same site only), else the home page. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to the home page
            }
        }
        return "/";
    }

    static LocalDate date(String field, String label, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new AgendaException(field, "Vul " + label + " in.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new AgendaException(field, "De datum bij " + label + " klopt niet. Gebruik de vorm jjjj-mm-dd.");
        }
    }

    static Integer number(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new AgendaException(field, "Vul bij " + label + " een heel getal in.");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String message, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new AgendaException(field, message);
        }
    }

    static String ok(RedirectAttributes flash, String message, String target) {
        flash.addFlashAttribute("ok", message);
        return "redirect:" + target;
    }
}

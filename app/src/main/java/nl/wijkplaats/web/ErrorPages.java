package nl.wijkplaats.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.net.URI;

/** Turns the platform's own exceptions into friendly Dutch pages (the API has its own advice). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, HttpServletRequest request) {
        return problem(model, request, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(UserFacingException.class)
    String badInput(UserFacingException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return problem(model, request, "Dat ging niet goed", e.getMessage());
    }

    /**
     * The page web/problem with its heading and message. Not "title": that name is the layout's parameter for the
     * page's title element, and inside the page it would print that element's markup.
     */
    static String problem(Model model, HttpServletRequest request, String heading, String message) {
        model.addAttribute("heading", heading);
        model.addAttribute("message", message);
        model.addAttribute("back", back(request));
        return "web/problem";
    }

    /**
     * The page the person came from (the Referer header) for a "Ga terug" link, as a path on this site; null when
     * there is none, it is another site or this same page. (A link with javascript:history.back() is blocked by the
     * Content-Security-Policy.)
     */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) return null;
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            String target = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return target.equals(here) ? null : target;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

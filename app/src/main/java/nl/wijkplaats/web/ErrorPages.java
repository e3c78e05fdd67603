package nl.wijkplaats.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns the platform's own exceptions into friendly Dutch pages (the API has its own advice). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("title", "Niet gevonden");
        model.addAttribute("message", e.getMessage());
        return "web/problem";
    }

    @ExceptionHandler(UserFacingException.class)
    String badInput(UserFacingException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("title", "Dat ging niet goed");
        model.addAttribute("message", e.getMessage());
        return "web/problem";
    }
}

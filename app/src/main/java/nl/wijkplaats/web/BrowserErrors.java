package nl.wijkplaats.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.stream.Collectors;

/**
 * Spring's own request errors as Dutch pages for a browser (an address that does not exist, a form's address opened
 * as a page, a word where the address needs a number, a missing form field, a file too large). Without this a
 * browser got Spring's problem details as English JSON ("No static resource ...", "Failed to convert 'id'").
 * Only for requests that accept HTML; a client asking for JSON gets problem details, for an unknown address and a
 * wrong method in Dutch too. Before Spring Boot's problem-details handler (order 0), after the API's own advice.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BrowserErrors {

    private static final String HTML = MediaType.TEXT_HTML_VALUE;

    @ExceptionHandler(exception = NoResourceFoundException.class, produces = HTML)
    String noSuchPage(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return ErrorPages.problem(model, request, "Deze pagina bestaat niet",
                "We kunnen deze pagina niet vinden. Misschien is het adres veranderd of staat er een tikfout in.");
    }

    /** The same for a client that asks for JSON (an address under /api that does not exist): Dutch, not Spring's English. */
    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchAddress(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Het adres " + request.getRequestURI() + " bestaat niet.");
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @ExceptionHandler(exception = HttpRequestMethodNotSupportedException.class, produces = HTML)
    String formAddressOpened(HttpRequestMethodNotSupportedException e, Model model, HttpServletRequest request,
                             HttpServletResponse response) {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, e.getSupportedHttpMethods().stream().map(HttpMethod::name)
                    .collect(Collectors.joining(", ")));
        }
        return ErrorPages.problem(model, request, "Deze pagina kunt u zo niet openen",
                "Dit adres is er om een formulier te versturen, niet om een pagina te bekijken. Ga naar de pagina met"
                        + " het formulier en verstuur het daar.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                "Het adres " + request.getRequestURI() + " kent " + request.getMethod() + " niet.");
        problem.setTitle("Methode niet toegestaan");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders()).body(problem);
    }

    @ExceptionHandler(exception = MethodArgumentTypeMismatchException.class, produces = HTML)
    String wrongValue(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // /items/abc: no such page, whatever the word
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return ErrorPages.problem(model, request, "Deze pagina bestaat niet",
                    "In het adres staat '" + e.getValue() + "' op een plek waar een nummer of code hoort."
                            + " Controleer het adres.");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return ErrorPages.problem(model, request, "Dat ging niet goed",
                "De waarde '" + e.getValue() + "' voor '" + e.getName() + "' klopt niet.");
    }

    @ExceptionHandler(exception = MissingServletRequestParameterException.class, produces = HTML)
    String missingField(MissingServletRequestParameterException e, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return ErrorPages.problem(model, request, "Dat ging niet goed",
                "Er ontbreekt een gegeven ('" + e.getParameterName() + "'). Ga terug en verstuur het formulier opnieuw.");
    }

    @ExceptionHandler(exception = MaxUploadSizeExceededException.class, produces = HTML)
    String fileTooLarge(MaxUploadSizeExceededException e, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        long max = e.getMaxUploadSize();
        return ErrorPages.problem(model, request, "Het bestand is te groot",
                max > 0 ? "Een bestand mag hoogstens " + (max / (1024 * 1024)) + " MB zijn. Er is niets opgeslagen."
                        : "Het bestand is groter dan hier mag. Er is niets opgeslagen.");
    }
}

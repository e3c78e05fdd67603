package nl.wijkplaats.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for the API as RFC 9457 problem details with a Dutch detail text. First of the advices (before the
 * browser pages of {@link BrowserErrors} and Spring Boot's English problem details).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongValue(MethodArgumentTypeMismatchException e) {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                "De waarde '" + e.getValue() + "' voor '" + e.getName() + "' klopt niet.");
        problem.setTitle(inPath ? "Niet gevonden" : "Ongeldige invoer");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail badInput(UserFacingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ongeldige invoer");
        return problem;
    }
}

package nl.wijkplaats.web;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/**
 * Spring Boot's error attributes plus {@code formExpired} when a form was refused because its CSRF token no longer
 * fits (the page stood open past the end of the session, or the person signed out or in meanwhile). Then the error
 * page says that, instead of "Geen toegang", which sent people looking for another account.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        // for the page only: a client asking for JSON (no form, no session) gets the plain 403
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST) instanceof CsrfException) {
            attributes.put("formExpired", true);
        }
        return attributes;
    }
}

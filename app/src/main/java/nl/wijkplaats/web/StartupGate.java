package nl.wijkplaats.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the application is ready (the start-up tasks, such as loading the demo gemeente on a first start, have run),
 * every request gets a short "Wijkplaats wordt gestart" page with status 503 and a Retry-After header, instead of
 * pages that are still empty or missing (API calls get a problem detail). The web server is already listening
 * while those tasks run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

    static final int RETRY_SECONDS = 10;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Wijkplaats wordt gestart</title>
            <style>
            body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 2rem 1rem; color: #1a1a1a; }
            main { max-width: 36rem; margin: 0 auto; }
            a { color: #0b4f8a; }
            </style>
            </head>
            <body>
            <main>
            <h1>Wijkplaats wordt gestart</h1>
            <p>De gegevens worden nu geladen. Dat duurt meestal minder dan een minuut.</p>
            <p><a href="">Probeer het opnieuw</a> over een paar seconden.</p>
            </main>
            </body>
            </html>
            """;

    /** The same problem-details form (RFC 9457) as the API's other errors ({@link ApiErrors}). */
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Wijkplaats wordt gestart\","
            + "\"status\":503,\"detail\":\"De gegevens worden geladen. Probeer het over " + RETRY_SECONDS
            + " seconden opnieuw.\"}";

    private volatile boolean ready;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    /** For tests: closes or opens the gate. */
    void setReady(boolean ready) {
        this.ready = ready;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // (reached only while not ready: shouldNotFilter lets everything through afterwards)
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || String.valueOf(request.getHeader("Accept")).startsWith("application/json");
        if (api) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(PROBLEM);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(PAGE);
        }
    }
}

package nl.wijkplaats.area;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The public gemeente, wijk and buurt pages are the same for every anonymous visitor and change only when an import
 * changes the areas or figures. Their rendered HTML is kept and served again; {@link AreaCache} clears it after each
 * import. Signed-in people always get a freshly rendered page. Runs after Spring Security (so the visitor is known
 * and the security headers are written as usual).
 */
class PublicPageCache extends OncePerRequestFilter {

    private static final Pattern CACHEABLE = Pattern.compile("/(gemeente|wijk|buurt)/[A-Z]{2}[0-9]{4,8}");
    private static final int MAX_PAGES = 2_000;

    private record Page(byte[] body, String contentType) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    void clear() {
        pages.clear();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !CACHEABLE.matcher(request.getRequestURI()).matches() || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI();
        Page page = pages.get(key);
        if (page != null) {
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == 200 && contentType != null && contentType.startsWith("text/html")
                && request.getSession(false) == null && pages.size() < MAX_PAGES) {
            pages.put(key, new Page(wrapper.getContentAsByteArray(), contentType));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken;
    }
}

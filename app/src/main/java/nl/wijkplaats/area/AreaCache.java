package nl.wijkplaats.area;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Areas, boundaries and CBS figures change only when someone imports a file, while every public page reads them.
 * They are kept in memory and dropped as soon as an import has been committed. (One application instance per
 * gemeente is the deployment we support; several instances would each need to be told.)
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class AreaCache {

    /** Published by the importers; handled after the import's transaction commits. */
    record AreaDataChanged() {
    }

    @Bean
    CacheManager cacheManager() {
        // caches are made on first use, one per cached repository method ("area.find", "area.figures", ...)
        return new ConcurrentMapCacheManager();
    }

    @Bean
    PublicPageCache publicPageCache() {
        return new PublicPageCache();
    }

    /** Runs after Spring Security's filter chain (which has order -100), so the visitor is known. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(cache);
        registration.setOrder(0);
        return registration;
    }

    @Bean
    Evictor areaCacheEvictor(CacheManager caches, PublicPageCache pages) {
        return new Evictor(caches, pages);
    }

    static class Evictor {
        private final CacheManager caches;
        private final PublicPageCache pages;

        Evictor(CacheManager caches, PublicPageCache pages) {
            this.caches = caches;
            this.pages = pages;
        }

        @TransactionalEventListener(fallbackExecution = true)
        public void onChange(AreaDataChanged event) {
            clear();
        }

        public void clear() {
            caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
            pages.clear();
        }
    }
}

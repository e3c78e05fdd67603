package nl.wijkplaats.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /**
     * The webjars locator switches on Spring's resource chain, and with it a filter that runs every link of every page
     * through the classpath resolvers (the static pattern is /**, so /wijk/... counts as a possible file; misses are
     * not cached). We use no content-hash URLs, so the filter only costs time: measured, it dominated the wijk page.
     * Versionless /webjars/... URLs are still resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}

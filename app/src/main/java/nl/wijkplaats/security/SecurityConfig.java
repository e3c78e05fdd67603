package nl.wijkplaats.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.context.ApplicationEventPublisher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecurityRules> moduleRules,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            OidcAccountMapper oidcAccountMapper) throws Exception {
        http.authorizeHttpRequests(auth -> {
            moduleRules.orderedStream().forEach(rules -> rules.configure(auth));
            auth.requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                            "/login", "/toegankelijkheid").permitAll()
                    .requestMatchers(HttpMethod.GET, "/", "/gemeente/**", "/wijk/**", "/buurt/**").permitAll()
                    // each module's own style sheets and scripts (static/wijkbeeld, static/kaders, ...): public pages
                    // use them (they once went to the login page, and the public wijkbeeld lost its map)
                    .requestMatchers(HttpMethod.GET, "/*/*.css", "/*/*.js").permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/**", "/api", "/api/**", "/v3/api-docs/**", "/swagger-ui/**").permitAll()
                    .requestMatchers("/beheer/import/**").hasAnyRole("BEHEERDER", "AMBTENAAR")
                    .requestMatchers("/beheer/**").hasRole("BEHEERDER")
                    .anyRequest().authenticated();
        });
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()).permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?uitgelogd").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.exceptionHandling(handling -> handling.accessDeniedHandler(accessDeniedHandler()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // An OpenID Connect provider (the gemeente's own) is switched on by configuration alone:
        // spring.security.oauth2.client.registration.gemeente.* — see README.
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccountMapper)));
        }
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "geblokkeerd"
                    : exception instanceof DisabledException ? "uit" : "onjuist";
            response.sendRedirect(request.getContextPath() + "/login?fout=" + reason);
        };
    }

    /**
     * A refused request: as Spring Security does (403 and the error page, which says when a form had expired, see
     * ErrorPageAttributes), except for the login form. When that stood open past the end of its session, its CSRF
     * token no longer fits; then the login page shows again and says so.
     */
    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException && "/login".equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/login?fout=verlopen");
                return;
            }
            // for the error page (Spring Security sets it only when it forwards to an error page of its own)
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
            standard.handle(request, response, exception);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}

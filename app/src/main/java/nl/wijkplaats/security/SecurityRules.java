package nl.wijkplaats.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules, applied before the defaults. The defaults are: public GET pages under
 * {@code /gemeente/**}, {@code /wijk/**}, {@code /buurt/**} and the read API {@code /api/v1/**}; {@code /beheer/**} for
 * beheerders; everything else needs a login. Per-wijk permissions are checked in services with {@link WijkAccess}.
 */
@FunctionalInterface
public interface SecurityRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry);
}

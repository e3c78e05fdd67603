package nl.wijkplaats.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in a person who logged in at the gemeente's OpenID Connect provider as the local account with the same
 * username (the {@code preferred_username} claim, else the e-mail address). Roles always come from Wijkplaats,
 * so a beheerder decides who may do what; an unknown person gets no access until an account exists.
 */
@Component
class OidcAccountMapper extends OidcUserService {

    private final AccountRepository accounts;

    OidcAccountMapper(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser external = super.loadUser(request);
        String username = external.getPreferredUsername() != null ? external.getPreferredUsername() : external.getEmail();
        Account account = username == null ? null
                : accounts.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT)).orElse(null);
        if (account == null || !account.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("geen_account",
                    "Er is in Wijkplaats geen (actief) account voor " + username + ".", null));
        }
        return new DefaultOidcUser(LocalUserDetailsService.authorities(account), external.getIdToken(),
                external.getUserInfo(), external.getPreferredUsername() != null ? "preferred_username" : "email");
    }
}

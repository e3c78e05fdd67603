package nl.wijkplaats.security;

import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityEventLog events;
    @Autowired
    UserDetailsService users;
    @Autowired
    WijkAccess wijkAccess;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /**
     * The style sheets and scripts of every module (static/css, static/js, static/wijkbeeld, ...) are served to
     * visitors who are not signed in: the public pages use them. The module folders once sent them to the login page,
     * so the public wijkbeeld had no map and the module pages no styling.
     */
    @Test
    void everyStaticFileIsServedToAnonymousVisitors() throws Exception {
        org.springframework.core.io.Resource[] files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:static/**/*.*");
        List<String> paths = java.util.Arrays.stream(files)
                .map(r -> { try { return r.getURL().toString(); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } })
                .filter(u -> u.contains("/static/") && !u.contains("/META-INF/"))
                .map(u -> u.substring(u.lastIndexOf("/static/") + "/static".length()))
                .toList();
        assertThat(paths).as("static files found").contains("/css/wijkplaats.css", "/wijkbeeld/wijkbeeld-map.js", "/kaders/kaders.css");
        List<String> refused = new java.util.ArrayList<>();
        for (String path : paths) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            if (status != 200) refused.add(path + " -> " + status);
        }
        assertThat(refused).as("static files not served to anonymous visitors").isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEverythingIsInTheAuditLog() throws Exception {
        TestAccounts.ensure(accounts, "sec.lockout", Role.BEWONER, "WK034403");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("sec.lockout").password("fout-wachtwoord"))
                    .andExpect(redirectedUrl("/login?fout=onjuist"));
        }
        // now even the right password is refused
        mvc.perform(formLogin("/login").user("sec.lockout").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?fout=geblokkeerd"));
        Account account = accounts.findByUsername("sec.lockout").orElseThrow();
        assertThat(account.isLocked(java.time.Instant.now())).isTrue();

        List<SecurityEventType> types = events.recent(20, 0, "sec.lockout").stream().map(SecurityEvent::type).toList();
        assertThat(types).containsSubsequence(SecurityEventType.LOGIN_WHILE_LOCKED, SecurityEventType.ACCOUNT_LOCKED,
                SecurityEventType.LOGIN_FAILED);
        assertThat(types.stream().filter(t -> t == SecurityEventType.LOGIN_FAILED).count()).isEqualTo(5);

        // a beheerder unlocks; the right password works again and the login is logged
        accounts.unlock(account.id(), "test-beheerder");
        mvc.perform(formLogin("/login").user("sec.lockout").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(events.recent(1, 0, "sec.lockout").get(0).type()).isEqualTo(SecurityEventType.LOGIN);
    }

    @Test
    void adminPagesAreForBeheerdersOnly() throws Exception {
        mvc.perform(get("/beheer")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/beheer/accounts").with(user("b").roles("BEWONER"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/logboek").with(user("r").roles("RAADSLID"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/accounts").with(user("a").roles("BEHEERDER"))).andExpect(status().isOk());
        // imports are for beheerders and ambtenaren
        mvc.perform(get("/beheer/import").with(user("s").roles("AMBTENAAR"))).andExpect(status().isOk());
        // writes without a CSRF token are refused
        mvc.perform(post("/beheer/accounts/nieuw").with(user("a").roles("BEHEERDER")).param("username", "x"))
                .andExpect(status().isForbidden());
        // public pages need no login
        mvc.perform(get("/wijk/WK034403")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/areas/WK034403")).andExpect(status().isOk());
    }

    @Test
    void aRoleCanBeScopedToOneWijk() {
        TestAccounts.ensure(accounts, "sec.scoped", Role.PROFESSIONAL, "WK034403");
        var details = users.loadUserByUsername("sec.scoped");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            assertThat(wijkAccess.can("WK034403", Role.PROFESSIONAL)).isTrue();
            assertThat(wijkAccess.can("WK034407", Role.PROFESSIONAL)).isFalse();
            assertThat(wijkAccess.can("WK034403", Role.AMBTENAAR)).isFalse();
            assertThat(wijkAccess.can("WK034403", "BEWONER,PROFESSIONAL")).isTrue();
            assertThatThrownBy(() -> wijkAccess.require("WK034407", Role.PROFESSIONAL))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        TestAccounts.ensure(accounts, "sec.global", Role.AMBTENAAR, null);
        var global = users.loadUserByUsername("sec.global");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(global, null, global.getAuthorities()));
        try {
            assertThat(wijkAccess.can("WK034407", Role.AMBTENAAR)).isTrue();
            assertThat(wijkAccess.can("WK034401", Role.AMBTENAAR)).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void roleChangesAreAudited() {
        Account account = TestAccounts.ensure(accounts, "sec.roles", Role.BEWONER, null);
        accounts.addRole(account.id(), Role.INITIATIEFNEMER, "WK034407", "sec.admin");
        SecurityEvent added = events.recent(1, 0, "sec.roles").get(0);
        assertThat(added.type()).isEqualTo(SecurityEventType.ROLE_ADDED);
        assertThat(added.detail()).contains("initiatiefnemer").contains("Wijk 07 Zuid");
        assertThat(added.actor()).isEqualTo("sec.admin");
        long roleId = accounts.findByUsername("sec.roles").orElseThrow().roles().stream()
                .filter(r -> r.role() == Role.INITIATIEFNEMER).findFirst().orElseThrow().id();
        accounts.removeRole(account.id(), roleId, "sec.admin");
        assertThat(events.recent(1, 0, "sec.roles").get(0).type()).isEqualTo(SecurityEventType.ROLE_REMOVED);
    }

    @Test
    void badAccountInputIsRefusedInDutchAndStoresNothing() {
        TestAccounts.ensure(accounts, "sec.dupe", Role.BEWONER, null);
        assertThatThrownBy(() -> accounts.create("Sec.Dupe", "Iemand", null, "lang-genoeg-wachtwoord", "t"))
                .isInstanceOf(AccountException.class).hasMessageContaining("al in gebruik");
        assertThatThrownBy(() -> accounts.create("sec.kort", "Iemand", null, "kort", "t"))
                .isInstanceOf(AccountException.class).hasMessageContaining("minstens 10 tekens");
        assertThat(accounts.findByUsername("sec.kort")).isEmpty();
        assertThatThrownBy(() -> accounts.create("<script>", "Iemand", null, "lang-genoeg-wachtwoord", "t"))
                .isInstanceOf(AccountException.class).hasMessageContaining("gebruikersnaam");
        Account a = accounts.findByUsername("sec.dupe").orElseThrow();
        assertThatThrownBy(() -> accounts.addRole(a.id(), Role.BEWONER, "WK999999", "t"))
                .isInstanceOf(AccountException.class).hasMessageContaining("bestaat niet");
        assertThatThrownBy(() -> accounts.addRole(a.id(), Role.BEWONER, "BU03440111", "t"))
                .isInstanceOf(AccountException.class).hasMessageContaining("geen wijk");
        assertThat(accounts.findByUsername("sec.dupe").orElseThrow().roles()).hasSize(1);
    }
}

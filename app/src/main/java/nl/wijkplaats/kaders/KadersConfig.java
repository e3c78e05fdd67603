package nl.wijkplaats.kaders;

import nl.wijkplaats.security.SecurityRules;
import nl.wijkplaats.web.NavLink;
import nl.wijkplaats.web.WijkLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The module's links on wijk pages and in the menu, its URL rules, and the nightly expiry of drawing rights. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KadersConfig {

    @Bean
    WijkLink wijkbudgetLink() {
        return new WijkLink("Wijkbudget", "Hoeveel geld de wijk elk jaar krijgt, hoe dat berekend is en waar het heen gaat.",
                "/wijk/{code}/wijkbudget", 30);
    }

    @Bean
    WijkLink geldstromenLink() {
        return new WijkLink("Geldstromen", "Al het publieke geld van het wijkbudget: waar het vandaan komt en waar het heen gaat.",
                "/wijk/{code}/geldstromen", 31);
    }

    @Bean
    NavLink kadersNavLink() {
        return new NavLink("Kaders en budgetten", "/kaders", 40, null);
    }

    /** The kaders overview and its history are public; the forms under /kaders/beheer need a login (default rule). */
    @Bean
    SecurityRules kadersSecurityRules() {
        return registry -> registry.requestMatchers(HttpMethod.GET, "/kaders", "/kaders/gemeente/*",
                "/kaders/gemeente/*/besluiten", "/kaders/gemeente/*/trekkingsrechten/evaluatie/*").permitAll();
    }
}

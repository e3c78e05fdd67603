package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.SecurityRules;
import nl.wijkplaats.web.WijkLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The wijkbeeld's card on every wijk page, and its URL rule: anyone may report an item, also without an account. */
@Configuration
class WijkbeeldConfig {

    @Bean
    WijkLink wijkbeeldLink() {
        return new WijkLink("Wijkbeeld", "Wat de wijk heeft: plekken, initiatieven, mensen en samenwerkingen, op de kaart en als document.",
                "/wijk/{code}/wijkbeeld", 10);
    }

    @Bean
    SecurityRules wijkbeeldSecurityRules() {
        return registry -> registry.requestMatchers(HttpMethod.POST, "/wijk/*/wijkbeeld/items/*/melden").permitAll();
    }
}

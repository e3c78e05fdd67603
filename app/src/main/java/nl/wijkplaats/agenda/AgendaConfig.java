package nl.wijkplaats.agenda;

import nl.wijkplaats.web.WijkLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the BuurtTop and agenda on every wijk page. */
@Configuration
class AgendaConfig {

    @Bean
    WijkLink agendaWijkLink() {
        return new WijkLink("BuurtTop en toekomstagenda",
                "Waar wil de wijk over 5 of 10 jaar staan? De BuurtTop, de wijktoekomstagenda en wat ermee gebeurt.",
                "/wijk/{code}/agenda", 30);
    }
}

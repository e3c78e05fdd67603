package nl.wijkplaats.wijkbeeld;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the bundled CBS nabijheid file for Utrecht at start (demo and test), after the areas are in. */
@Component
@Profile({"demo", "test"})
@Order(35)
class NabijheidImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NabijheidImport.class);

    private final NabijheidService nabijheid;

    NabijheidImport(NabijheidService nabijheid) {
        this.nabijheid = nabijheid;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = nabijheid.importBundled(2023);
        if (n > 0) {
            log.info("CBS nabijheid voorzieningen 2023: {} waarden geladen", n);
        }
    }
}

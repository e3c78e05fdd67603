package nl.wijkplaats.area;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Demo profile: at first start, loads gemeente Utrecht: CBS figures 2023 (xlsx) and 2024 (csv), and the outlines of
 * the gemeente, its wijken and buurten. Later starts find the data present and skip it.
 */
@Component
@Profile({"demo", "test"})
@Order(10)
public class AreaDemoData implements ApplicationRunner {

    public static final String GEMEENTE = "GM0344";
    private static final Logger log = LoggerFactory.getLogger(AreaDemoData.class);

    private final AreaImportService imports;
    private final AreaService areas;

    AreaDemoData(AreaImportService imports, AreaService areas) {
        this.imports = imports;
        this.areas = areas;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (areas.years(GEMEENTE).containsAll(java.util.List.of(2023, 2024))) {
            return;
        }
        log.info("Demo: loading gemeente Utrecht (CBS 2023 and 2024, boundaries)");
        load("kwb-2023_gemeente-utrecht_GM0344.xlsx", in -> imports.importKwb("kwb-2023_gemeente-utrecht_GM0344.xlsx", in, 2023, "demo"));
        load("kwb-2024_gemeente-utrecht_GM0344.csv", in -> imports.importKwb("kwb-2024_gemeente-utrecht_GM0344.csv", in, 2024, "demo"));
        load("gemeente_utrecht_2023.geojson", in -> imports.importGeoJson("gemeente_utrecht_2023.geojson", in, "demo"));
        load("wijken_2023_utrecht.geojson", in -> imports.importGeoJson("wijken_2023_utrecht.geojson", in, "demo"));
        load("buurten_2024_utrecht.geojson", in -> imports.importGeoJson("buurten_2024_utrecht.geojson", in, "demo"));
    }

    private interface Loader {
        void load(InputStream in);
    }

    private static void load(String resource, Loader loader) {
        try (InputStream in = AreaDemoData.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IOException("missing demo resource " + resource);
            }
            loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

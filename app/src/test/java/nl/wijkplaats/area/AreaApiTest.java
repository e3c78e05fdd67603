package nl.wijkplaats.area;

import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read-only JSON API and its OpenAPI description, anonymous. */
@IntegrationTest
class AreaApiTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void areasAndFiguresAsJson() throws Exception {
        mvc.perform(get("/api/v1/areas/GM0344"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area.name").value("Utrecht"))
                .andExpect(jsonPath("$.children", hasSize(10)))
                .andExpect(jsonPath("$.years", hasItem(2024)));
        mvc.perform(get("/api/v1/areas/WK034401/figures").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.variable == 'a_inw')].value").value(hasItem(29710)))
                .andExpect(jsonPath("$.figures[?(@.variable == 'a_inw')].label").value(hasItem("Inwoners")));
        // unknown stays unknown (null), never 0
        mvc.perform(get("/api/v1/areas/GM0344/figures").param("year", "2024"))
                .andExpect(jsonPath("$.figures[?(@.variable == 'p_koopw')].value").value(hasItem(nullValue())));
        mvc.perform(get("/api/v1/areas/WK999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("WK999999")));
    }

    @Test
    void boundariesAsGeoJsonAndFiguresAsCsv() throws Exception {
        mvc.perform(get("/api/v1/areas/GM0344/children.geojson"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(10)))
                .andExpect(jsonPath("$.features[?(@.properties.code == 'WK034403')].properties.url").value(hasItem("/wijk/WK034403")));
        mvc.perform(get("/api/v1/areas/WK034401/figures.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("WK034401;Wijk 01 West;2024;a_inw;Inwoners;aantal;29710")));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/areas/{code}/figures']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/gemeenten']").exists());
    }
}

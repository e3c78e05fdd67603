package nl.wijkplaats.area;

import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class GeoJsonImportTest {

    @Autowired
    AreaImportService imports;
    @Autowired
    AreaService areas;
    @Autowired
    JdbcClient jdbc;

    @Test
    void allGemeenteOutlinesOfTheNetherlandsCanBeLoaded() throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.cbs().resolve("gemeenten_2023_kwb_pdok_simplified.geojson"))) {
            ImportResult result = imports.importGeoJson("gemeenten_2023_kwb_pdok_simplified.geojson", in, "test");
            assertThat(result.areas()).isEqualTo(343);
        }
        assertThat(areas.get("GM0014").name()).isEqualTo("Groningen");
        assertThat(areas.get("GM0014").hasGeometry()).isTrue();
        // a gemeente without wijken is not listed as a gemeente the platform is used for
        assertThat(areas.gemeenten()).extracting(Area::code).contains("GM0344").doesNotContain("GM0014");
        // Utrecht's name from the KWB file is kept
        assertThat(areas.get("GM0344").name()).isEqualTo("Utrecht");
    }

    @Test
    void wijkAndBuurtBoundariesOfUtrechtAreOnTheMap() {
        assertThat(areas.childGeometries("GM0344")).hasSize(10);
        assertThat(areas.childGeometries("WK034403")).isNotEmpty();
        assertThat(areas.geometry("BU03440111")).isPresent();
    }

    @Test
    void anAreaWithoutGeometryStillWorks() {
        String kwb = """
                gwb_code_10;regio;a_inw
                GM9902;Vormloos;100
                WK990200;Vormloos-Dorp;100
                """;
        imports.importKwb("vormloos.csv", new ByteArrayInputStream(kwb.getBytes(StandardCharsets.UTF_8)), 2024, "test");
        assertThat(areas.get("WK990200").hasGeometry()).isFalse();
        assertThat(areas.childGeometries("GM9902")).isEmpty();
    }

    @Test
    void badGeoJsonIsRefusedAndNothingIsStored() {
        String before = jdbc.sql("select md5(string_agg(code || coalesce(geometry::text, ''), ',' order by code)) from area")
                .query(String.class).single();
        String rdCoordinates = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"WK034401","naam":"West"},"geometry":{"type":"Polygon","coordinates":[[[5.0,52.0],[5.1,52.0],[5.1,52.1],[5.0,52.0]]]}},
                 {"type":"Feature","properties":{"code":"WK034402","naam":"Noordwest"},"geometry":{"type":"Polygon","coordinates":[[[136000,455000],[137000,455000],[137000,456000],[136000,455000]]]}}]}
                """;
        assertThatThrownBy(() -> importGeo("rd.geojson", rdCoordinates))
                .isInstanceOf(ImportException.class).hasMessageContaining("rd.geojson").hasMessageContaining("gebied 2")
                .hasMessageContaining("WGS84");
        assertThatThrownBy(() -> importGeo("kapot.geojson", "{\"type\": \"FeatureCollection\", \"features\": ["))
                .isInstanceOf(ImportException.class).hasMessageContaining("kapot.geojson");
        assertThatThrownBy(() -> importGeo("punt.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"WK034401"},"geometry":{"type":"Point","coordinates":[5.1,52.1]}}]}
                """)).isInstanceOf(ImportException.class).hasMessageContaining("Polygon");
        assertThatThrownBy(() -> importGeo("wees.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"BU77770000","naam":"Wees"},"geometry":{"type":"Polygon","coordinates":[[[5.0,52.0],[5.1,52.0],[5.1,52.1],[5.0,52.0]]]}}]}
                """)).isInstanceOf(ImportException.class).hasMessageContaining("WK777700");
        String after = jdbc.sql("select md5(string_agg(code || coalesce(geometry::text, ''), ',' order by code)) from area")
                .query(String.class).single();
        assertThat(after).isEqualTo(before);
    }

    private void importGeo(String name, String json) {
        imports.importGeoJson(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }
}

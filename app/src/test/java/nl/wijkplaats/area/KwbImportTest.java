package nl.wijkplaats.area;

import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The KWB importer against the real Utrecht files and the real database. */
@IntegrationTest
class KwbImportTest {

    static final Path CBS = SharedData.cbs();

    @Autowired
    AreaImportService imports;
    @Autowired
    AreaService areas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AreaCache.Evictor cache;

    ImportResult importFile(String name, int year) throws IOException {
        try (InputStream in = Files.newInputStream(CBS.resolve(name))) {
            return imports.importKwb(name, in, year, "test");
        }
    }

    @Test
    void utrecht2024FromCsvHasTheRealFigures() throws IOException {
        ImportResult result = importFile("kwb-2024_gemeente-utrecht_GM0344.csv", 2024);
        assertThat(result.areas()).isEqualTo(1 + 10 + 111);
        assertThat(areas.figure("GM0344", 2024, "a_inw")).contains(new BigDecimal("374238"));
        assertThat(areas.figure("WK034401", 2024, "a_inw")).contains(new BigDecimal("29710"));
        assertThat(areas.wijken("GM0344")).hasSize(10);
        assertThat(areas.buurten("GM0344")).hasSize(111);
        assertThat(areas.get("WK034401").name()).isEqualTo("Wijk 01 West");
        assertThat(areas.get("BU03440111").parentCode()).isEqualTo("WK034401");
        // "." is unknown, never 0
        assertThat(areas.figures("GM0344", 2024)).containsKey("p_koopw");
        assertThat(areas.figures("GM0344", 2024).get("p_koopw")).isNull();
        // decimals
        assertThat(areas.figure("GM0344", 2024, "g_hhgro")).contains(new BigDecimal("1.9"));
    }

    @Test
    void utrecht2023FromExcelEqualsTheCsvOfTheSameYear() throws IOException {
        importFile("kwb-2023_gemeente-utrecht_GM0344.xlsx", 2023);
        var fromExcel = areas.figures("WK034403", 2023);
        importFile("kwb-2023_gemeente-utrecht_GM0344.csv", 2023);
        var fromCsv = areas.figures("WK034403", 2023);
        assertThat(fromExcel).isNotEmpty();
        assertThat(fromExcel.keySet()).isEqualTo(fromCsv.keySet());
        fromCsv.forEach((k, v) -> {
            BigDecimal x = fromExcel.get(k);
            if (v == null) {
                assertThat(x).as(k).isNull();
            } else {
                assertThat(x).as(k).isEqualByComparingTo(v);
            }
        });
        assertThat(areas.figure("GM0344", 2023, "a_inw")).contains(new BigDecimal("367947"));
    }

    @Test
    void reimportingTheSameYearUpdatesInPlace() throws IOException {
        importFile("kwb-2024_gemeente-utrecht_GM0344.csv", 2024);
        long figures = countFigures();
        long areaCount = countAreas();
        importFile("kwb-2024_gemeente-utrecht_GM0344.csv", 2024);
        assertThat(countFigures()).isEqualTo(figures);
        assertThat(countAreas()).isEqualTo(areaCount);
        assertThat(areas.figure("WK034401", 2024, "a_inw")).contains(new BigDecimal("29710"));
    }

    @Test
    void brokenFilesAreRefusedWithFileRowAndColumnAndStoreNothing() throws IOException {
        importFile("kwb-2024_gemeente-utrecht_GM0344.csv", 2024);
        String before = snapshot();
        String csv = Files.readString(CBS.resolve("kwb-2024_gemeente-utrecht_GM0344.csv"), StandardCharsets.UTF_8);

        // a bad number deep in the file: rows before it must not be stored either
        String[] lines = csv.split("\r?\n");
        String[] cells = lines[50].split(";", -1);
        cells[7] = "12abc"; // a_inw
        lines[50] = String.join(";", cells);
        String badNumber = String.join("\n", lines).replace("29710", "99999");
        assertThatThrownBy(() -> imports.importKwb("kapot.csv", stream(badNumber), 2024, "test"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("kapot.csv").hasMessageContaining("rij 51").hasMessageContaining("kolom 'a_inw'")
                .hasMessageContaining("12abc");

        assertThatThrownBy(() -> imports.importKwb("leeg.csv", stream(""), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("leeg.csv").hasMessageContaining("leeg");
        assertThatThrownBy(() -> imports.importKwb("iets.csv", stream("naam;leeftijd\nPiet;40\n"), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("iets.csv").hasMessageContaining("gwb_code_10");
        String noName = csv.replaceFirst("regio", "gebied");
        assertThatThrownBy(() -> imports.importKwb("zonder-naam.csv", stream(noName), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("zonder-naam.csv").hasMessageContaining("rij 1")
                .hasMessageContaining("regio");
        String badCode = csv.replace("WK034405;", "WK03X405;");
        assertThatThrownBy(() -> imports.importKwb("code.csv", stream(badCode), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("code.csv").hasMessageContaining("gwb_code_10")
                .hasMessageContaining("WK03X405");
        assertThatThrownBy(() -> imports.importKwb("plaatje.xlsx", new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4, 0, 0}), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("plaatje.xlsx");
        assertThatThrownBy(() -> imports.importKwb("binair.csv", new ByteArrayInputStream(new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1}), 2024, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("binair.csv");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(areas.figure("WK034401", 2024, "a_inw")).contains(new BigDecimal("29710"));
    }

    @Test
    void anyGemeentesFileWorksAndCommaDecimalsAreRead() {
        String file = """
                gwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code;a_inw;g_hhgro;p_koopw;nieuwe_kolom
                GM9901;9901;Proefdorp;Proefdorp;Gemeente;GM9901;"1234";2,3;.;7
                WK990100;990100;Dorp Proefdorp;Proefdorp;Wijk;WK990100;1234;2,3;55;
                BU99010000;99010000;Kern;Proefdorp;Buurt;BU99010000;1000;2,4;.;1
                """;
        imports.importKwb("proefdorp-2024.csv", stream(file), 2024, "test");
        try {
            assertThat(areas.figure("GM9901", 2024, "a_inw")).contains(new BigDecimal("1234"));
            assertThat(areas.figure("WK990100", 2024, "g_hhgro")).contains(new BigDecimal("2.3"));
            assertThat(areas.figures("GM9901", 2024).get("p_koopw")).isNull();
            assertThat(areas.figure("BU99010000", 2024, "nieuwe_kolom")).contains(BigDecimal.ONE);
            assertThat(areas.get("BU99010000").parentCode()).isEqualTo("WK990100");
            // pages read figures from a cache: a new import must show at once
            imports.importKwb("proefdorp-2024-correctie.csv", stream(file.replace("\"1234\"", "\"1240\"")), 2024, "test");
            assertThat(areas.figure("GM9901", 2024, "a_inw")).contains(new BigDecimal("1240"));
        } finally {
            // a second gemeente would change the shared database for other test classes (the home page redirects
            // to the gemeente only while there is exactly one), and the test class order is not fixed
            jdbc.sql("delete from area_figure where area_code in ('GM9901', 'WK990100', 'BU99010000')").update();
            jdbc.sql("delete from area where code = 'BU99010000'").update();
            jdbc.sql("delete from area where code = 'WK990100'").update();
            jdbc.sql("delete from area where code = 'GM9901'").update();
            jdbc.sql("delete from area_figure_year where gemeente_code = 'GM9901'").update();
            cache.clear(); // deleted behind the importer's back
        }
    }

    private long countFigures() {
        return jdbc.sql("select count(*) from area_figure").query(Long.class).single();
    }

    private long countAreas() {
        return jdbc.sql("select count(*) from area").query(Long.class).single();
    }

    /** A fingerprint of everything the importer may touch. */
    private String snapshot() {
        return jdbc.sql("select md5(coalesce(string_agg(area_code || year || variable || coalesce(value::text, '.'), ',' "
                        + "order by area_code, year, variable), '')) || (select count(*) from area) || "
                        + "(select md5(string_agg(code || name, ',' order by code)) from area) from area_figure")
                .query(String.class).single();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

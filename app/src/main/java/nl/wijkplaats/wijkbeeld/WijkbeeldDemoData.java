package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.AreaService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example wijkbeelden for Overvecht and Zuid (demo profile only). Every name says "voorbeeld" and every row has
 * example = true: the people, initiatives and places are invented.
 */
@Component
@Profile("demo")
@Order(40)
class WijkbeeldDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WijkbeeldDemoData.class);
    static final String OVERVECHT = "WK034403";
    static final String ZUID = "WK034407";

    private final WijkbeeldRepository repo;
    private final AreaService areas;
    private final TransactionTemplate tx;
    private final Map<String, Long> ids = new HashMap<>();

    WijkbeeldDemoData(WijkbeeldRepository repo, AreaService areas, TransactionTemplate tx) {
        this.repo = repo;
        this.areas = areas;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (areas.find(OVERVECHT).isEmpty() || areas.find(ZUID).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            if (!repo.itemExists(OVERVECHT, Layer.PLACE, "Bibliotheek Overvecht (voorbeeld)")) {
                overvecht();
                log.info("Voorbeeld-wijkbeeld voor Overvecht geladen");
            }
            if (!repo.itemExists(ZUID, Layer.PLACE, "Buurthuis De Boog (voorbeeld)")) {
                zuid();
                log.info("Voorbeeld-wijkbeeld voor Zuid geladen");
            }
        });
    }

    private void overvecht() {
        String w = OVERVECHT;
        place(w, "BU03440321", "Bibliotheek Overvecht (voorbeeld)", "Leestafel, taalcafé en computerhulp. Veel ouderen komen er voor de krant.",
                "52.1128", "5.1112", "ACTIEF", attrs("kind", "bibliotheek", "address", "Zamenhofdreef (voorbeeld)", "owner", "Gemeente",
                        "host", "Bibliotheek Utrecht", "wheelchair", "true", "toilet", "true", "freeEntry", "true", "bookable", "true",
                        "bookingHow", "Zaaltje via de balie", "qualities", List.of(ThirdPlace.QUALITIES.get(0), ThirdPlace.QUALITIES.get(1), ThirdPlace.QUALITIES.get(4))),
                hours(1, 5, "10:00", "17:00"), null);
        place(w, "BU03440341", "Ontmoetingszaal moskee Zambesidreef (voorbeeld)", "De zaal naast het gebedshuis: huiswerkklas, iftar voor de hele buurt, koffie na het vrijdaggebed.",
                "52.1208", "5.1118", "ACTIEF", attrs("kind", "kerk of moskee", "owner", "Moskeevereniging", "wheelchair", "false",
                        "freeEntry", "true", "bookable", "true", "bookingHow", "Vragen aan het bestuur",
                        "qualities", List.of(ThirdPlace.QUALITIES.get(3), ThirdPlace.QUALITIES.get(5), ThirdPlace.QUALITIES.get(7))),
                hours(5, 7, "18:00", "22:00"), null);
        place(w, "BU03440331", "Kantine voetbalclub Vechtzoom (voorbeeld)", "Op zaterdag vol ouders; doordeweeks leeg. De club wil de kantine openstellen voor de buurt.",
                "52.1175", "5.1010", "ACTIEF", attrs("kind", "sportkantine", "owner", "Gemeente (verhuurd aan de club)", "wheelchair", "true",
                        "toilet", "false", "freeEntry", "true", "bookable", "false"), hours(6, 6, "09:00", "17:00"), null);
        place(w, "BU03440312", "Leeg winkelpand Wolgadreef (voorbeeld)", "Staat twee jaar leeg. De corporatie denkt na over tijdelijk gebruik door bewoners.",
                "52.1134", "5.1300", "POTENTIEEL", attrs("kind", "winkelruimte", "owner", "Woningcorporatie (voorbeeld)", "wheelchair", "true"),
                List.of(), null);
        place(w, "BU03440322", "Buurtkamer Neckardreef (voorbeeld)", "Huiskamer in een benedenwoning, vijf dagen per week open met koffie.",
                "52.1179", "5.1210", "ACTIEF", attrs("kind", "buurthuis", "owner", "Woningcorporatie (voorbeeld)", "host", "Vrijwilligers",
                        "wheelchair", "true", "toilet", "true", "freeEntry", "true", "bookable", "true", "bookingHow", "Bellen met de gastvrouw",
                        "qualities", ThirdPlace.QUALITIES), hours(1, 5, "09:30", "16:00"), null);
        repo.insertStatusChange(ids.get("Buurtkamer Neckardreef (voorbeeld)"), "ACTIEF", "BEDREIGD", LocalDate.of(2025, 9, 1),
                "Huurcontract liep af (voorbeeld)", "mirjam");
        repo.insertStatusChange(ids.get("Buurtkamer Neckardreef (voorbeeld)"), "BEDREIGD", "ACTIEF", LocalDate.of(2025, 12, 1),
                "Nieuw contract voor drie jaar (voorbeeld)", "mirjam");

        item(w, Layer.INITIATIVE, "BU03440322", "Bewonersplatform Overvecht (voorbeeld)", "Het platform van bewoners dat de BuurtTop voorbereidt.",
                "52.1150", "5.1180", attrs("kind", "bewonersplatform", "forWhom", "Alle bewoners", "contact", "platform@voorbeeld.nl",
                        "themes", List.of("Leefbaarheid", "Inclusiviteit & samenleven")), null);
        item(w, Layer.INITIATIVE, "BU03440322", "Dinsdagkoffie Neckardreef (voorbeeld)", "Elke dinsdag koffie en een praatje in de buurtkamer.",
                "52.1180", "5.1212", attrs("kind", "bewonersinitiatief", "forWhom", "Ouderen en wie maar wil", "where", "Buurtkamer Neckardreef",
                        "themes", List.of("Zorgzaamheid")), "meneer De Vries (buurman, niet online)");
        item(w, Layer.INITIATIVE, "BU03440341", "Huiswerkklas Zambesi (voorbeeld)", "Studenten helpen kinderen met huiswerk.",
                "52.1206", "5.1120", attrs("kind", "bewonersinitiatief", "forWhom", "Kinderen 8-14 jaar", "themes", List.of("Inclusiviteit & samenleven")), null);
        item(w, Layer.INITIATIVE, "BU03440311", "Voedseltuin Taagdreef (voorbeeld)", "Moestuin op een braakliggend stuk grond; oogst gaat naar de voedselbank.",
                "52.1110", "5.1200", attrs("kind", "vereniging", "forWhom", "Iedereen", "themes", List.of("Duurzaamheid", "Delen & herverdelen")), null);
        for (String[] i : new String[][]{
                {"Taalcafé Overvecht (voorbeeld)", "Elke week Nederlands oefenen met buren.", "Inclusiviteit & samenleven"},
                {"Buurtvaders Overvecht (voorbeeld)", "Vaders die 's avonds rondlopen en jongeren aanspreken.", "Leefbaarheid"},
                {"Fietsenwerkplaats Tigrisdreef (voorbeeld)", "Fietsen repareren met jongeren.", "Duurzaamheid"},
                {"Ouderensoos De Dreef (voorbeeld)", "Spelletjesmiddag en samen eten.", "Zorgzaamheid"},
                {"Woningcorporatie, team Overvecht (voorbeeld)", "Verhuurder van de meeste flats; denkt mee over leegstand.", "Leefbaarheid"}}) {
            item(w, Layer.INITIATIVE, null, i[0], i[1], null, null, attrs("kind", i[0].startsWith("Woning") ? "woningcorporatie" : "bewonersinitiatief",
                    "themes", List.of(i[2])), null);
        }
        item(w, Layer.INITIATIVE, null, "Welzijnsorganisatie Overvecht (voorbeeld)", "Opbouwwerk en ouderenwerk in de wijk.",
                null, null, attrs("kind", "welzijnsorganisatie", "forWhom", "Alle bewoners", "contact", "info@welzijn-voorbeeld.nl"), null);

        item(w, Layer.PROFESSIONAL, null, "Opbouwwerker (voorbeeld)", "Ondersteunt bewonersinitiatieven en het platform.", null, null,
                attrs("organisation", "Welzijnsorganisatie Overvecht (voorbeeld)", "hoursPerWeek", "32", "wijkgebonden", "true",
                        "contact", "opbouwwerk@welzijn-voorbeeld.nl"), null);
        item(w, Layer.PROFESSIONAL, null, "Buurtteam-medewerker (voorbeeld)", "Hulp bij vragen over zorg, geld en opvoeden.", null, null,
                attrs("organisation", "Buurtteam Overvecht (voorbeeld)", "hoursPerWeek", "24", "wijkgebonden", "true"), null);
        item(w, Layer.PROFESSIONAL, null, "Wijkagent (voorbeeld)", "", null, null,
                attrs("organisation", "Politie", "hoursPerWeek", "16", "wijkgebonden", "false"), null);

        item(w, Layer.INFORMAL, "BU03440341", "Moeders van het schoolplein (voorbeeld)", "Appgroep en ochtendkoffie na het brengen.",
                "52.1215", "5.1130", attrs("where", "Schoolplein Zambesidreef", "located", "true", "who", "Ouders van de basisschool"), null);
        item(w, Layer.INFORMAL, null, "Schaakclub op het bankje (voorbeeld)", "Oudere mannen die bij mooi weer buiten schaken.",
                null, null, attrs("where", "Bij het winkelcentrum", "located", "false"), null);

        history(w, "Overvecht gebouwd als nieuwe wijk (voorbeeld)", "1960-01-01", "gebeurtenis", "Wijkgeschiedenis in boeken over Utrecht");
        history(w, "Veel oorspronkelijke bewoners vertrekken, nieuwe groepen komen (voorbeeld)", "1985-01-01", "verschuiving", "Gesprekken met oudere bewoners");
        history(w, "Sluiting van twee buurthuizen na bezuinigingen (voorbeeld)", "2012-01-01", "spanning", "Krantenartikel (voorbeeld)");

        link(w, "Bewonersplatform Overvecht (voorbeeld)", "Opbouwwerker (voorbeeld)", "Samen de BuurtTop voorbereiden", true);
        link(w, "Dinsdagkoffie Neckardreef (voorbeeld)", "Buurtkamer Neckardreef (voorbeeld)", "De koffie is in de buurtkamer", true);
        link(w, "Huiswerkklas Zambesi (voorbeeld)", "Ontmoetingszaal moskee Zambesidreef (voorbeeld)", "Gebruikt de zaal", true);
        link(w, "Buurtteam-medewerker (voorbeeld)", "Bibliotheek Overvecht (voorbeeld)", "Spreekuur in de bibliotheek", false);
        link(w, "Voedseltuin Taagdreef (voorbeeld)", "Welzijnsorganisatie Overvecht (voorbeeld)", "Welzijn is gastheer voor het geld", false);

        repo.insertSterkhouder(w, "Voorbeeldpersoon A (voorbeeld)", "06-00000001 (voorbeeld)", "Kent iedereen in de Neckardreef, opent de buurtkamer.",
                "Voorbeeldpersoon A", LocalDate.of(2025, 10, 1), "Benaderd worden voor de BuurtTop", true, "mirjam");
        repo.insertSterkhouder(w, "Voorbeeldpersoon B (voorbeeld)", "b@voorbeeld.nl", "Brug tussen de moskee en de buurt.",
                "Voorbeeldpersoon B", LocalDate.of(2025, 10, 8), "Meedenken over het wijkbeeld", true, "mirjam");

        repo.insertAnswer(w, "MEETING", "In de bibliotheek, de moskeezaal en de buurtkamer; jongeren vooral buiten bij het winkelcentrum. (voorbeeld)", "mirjam", null, true);
        repo.insertAnswer(w, "DIGITAL", "Per portiek een appgroep; het platform heeft een nieuwsbrief. (voorbeeld)", "fatima", null, true);
        repo.insertAnswer(w, "LOCAL_ECONOMY", "Twee panden staan leeg in de Wolgadreef; dat voelt als achteruitgang. (voorbeeld)", "mirjam",
                "meneer De Vries", true);
        repo.insertComment(w, "figure:a_1p_hh", "Het hoge aandeel eenpersoonshuishoudens komt ook door de studentenflats, niet alleen door eenzaamheid. (voorbeeld)", "fatima", true);
        repo.insertComment(w, "item:" + ids.get("Leeg winkelpand Wolgadreef (voorbeeld)"), "Hier zou een buurtwerkplaats goed passen. (voorbeeld)", "fatima", true);
    }

    private void zuid() {
        String w = ZUID;
        place(w, "BU03440732", "Buurthuis De Boog (voorbeeld)", "Buurthuis in Nieuw Hoograven met een grote zaal en een keuken.",
                "52.0683", "5.1267", "BEDREIGD", attrs("kind", "buurthuis", "owner", "Gemeente", "host", "Vrijwilligersbestuur",
                        "wheelchair", "true", "toilet", "true", "freeEntry", "true", "bookable", "true", "bookingHow", "Via het bestuur",
                        "qualities", List.of(ThirdPlace.QUALITIES.get(0), ThirdPlace.QUALITIES.get(6))), hours(1, 5, "09:00", "21:00"), null);
        repo.insertStatusChange(ids.get("Buurthuis De Boog (voorbeeld)"), "ACTIEF", "BEDREIGD", LocalDate.of(2026, 3, 1),
                "Gemeente onderzoekt verkoop van het gebouw (voorbeeld)", "joost");
        place(w, "BU03440711", "Bibliotheek Lunetten (voorbeeld)", "Kleine vestiging met leesclub.", "52.0680", "5.1360", "ACTIEF",
                attrs("kind", "bibliotheek", "wheelchair", "true", "freeEntry", "true"), hours(2, 6, "10:00", "17:00"), null);
        place(w, "BU03440721", "Park Rotsoord (voorbeeld)", "Groen bij het water, ontmoetingsplek in de zomer.", "52.0742", "5.1262", "ACTIEF",
                attrs("kind", "park of plein", "wheelchair", "true", "freeEntry", "true"), List.of(), null);

        item(w, Layer.INITIATIVE, "BU03440732", "Repaircafé Hoograven (voorbeeld)", "Elke maand spullen samen repareren.", "52.0685", "5.1270",
                attrs("kind", "bewonersinitiatief", "forWhom", "Iedereen", "themes", List.of("Duurzaamheid")), null);
        item(w, Layer.INITIATIVE, "BU03440712", "Energiecoöperatie Lunetten (voorbeeld)", "Zonnepanelen op scholen en advies aan huis.", "52.0590", "5.1380",
                attrs("kind", "coöperatie", "forWhom", "Huurders en eigenaren", "themes", List.of("Duurzaamheid", "Delen & herverdelen")), null);
        item(w, Layer.INITIATIVE, "BU03440723", "Buurtmoestuin Oud Hoograven (voorbeeld)", "Samen tuinieren en koken.", "52.0648", "5.1165",
                attrs("kind", "vereniging", "themes", List.of("Leefbaarheid")), null);

        item(w, Layer.PROFESSIONAL, null, "Jongerenwerker (voorbeeld)", "Avondactiviteiten in De Boog.", null, null,
                attrs("organisation", "Welzijnsorganisatie Zuid (voorbeeld)", "hoursPerWeek", "20", "wijkgebonden", "true"), null);
        item(w, Layer.PROFESSIONAL, null, "Wijkverpleegkundige (voorbeeld)", "", null, null,
                attrs("organisation", "Thuiszorg (voorbeeld)", "hoursPerWeek", "12,5".replace(',', '.'), "wijkgebonden", "false"), null);

        item(w, Layer.INFORMAL, "BU03440731", "Straatfeestcommissie Bokkenbuurt (voorbeeld)", "Regelt elk jaar het straatfeest.",
                "52.0727", "5.1322", attrs("located", "true", "who", "Buren uit drie straten"), null);

        history(w, "Aanleg van Nieuw Hoograven (voorbeeld)", "1955-01-01", "gebeurtenis", "Archief (voorbeeld)");
        history(w, "Vernieuwing van Hoograven: sloop en nieuwbouw (voorbeeld)", "2008-01-01", "spanning", "Gesprekken met bewoners (voorbeeld)");

        link(w, "Repaircafé Hoograven (voorbeeld)", "Buurthuis De Boog (voorbeeld)", "Het repaircafé is in De Boog", true);
        link(w, "Jongerenwerker (voorbeeld)", "Buurthuis De Boog (voorbeeld)", "Jongerenavond op vrijdag", true);
        link(w, "Energiecoöperatie Lunetten (voorbeeld)", "Bibliotheek Lunetten (voorbeeld)", "Energiespreekuur", false);

        repo.insertAnswer(w, "PUBLIC_PLACES", "De Boog is het hart van Hoograven; als het dichtgaat is er geen grote zaal meer. (voorbeeld)", "joost", null, true);
        repo.insertComment(w, "figure:a_inw", "Het aantal inwoners groeit door de nieuwbouw in Rotsoord. (voorbeeld)", "kees", true);
    }

    // ---- helpers

    private void place(String wijk, String buurt, String name, String description, String lat, String lon, String status,
                       Map<String, Object> attrs, List<DayHours> hours, String onBehalfOf) {
        long id = repo.insertItem(wijk, buurt, Layer.PLACE, name, description, attrs, new BigDecimal(lat), new BigDecimal(lon),
                status, null, true, "voorbeelddata", onBehalfOf);
        repo.replaceHours(id, hours);
        repo.insertStatusChange(id, null, status, LocalDate.of(2025, 6, 1), "Toegevoegd (voorbeeld)", "voorbeelddata");
        repo.insertChange(wijk, "ITEM", id, "voorbeelddata", onBehalfOf, "Toegevoegd als voorbeeld");
        ids.put(name, id);
    }

    private void item(String wijk, Layer layer, String buurt, String name, String description, String lat, String lon,
                      Map<String, Object> attrs, String onBehalfOf) {
        long id = repo.insertItem(wijk, buurt, layer, name, description, attrs, lat == null ? null : new BigDecimal(lat),
                lon == null ? null : new BigDecimal(lon), null, null, true, onBehalfOf == null ? "voorbeelddata" : "mirjam", onBehalfOf);
        repo.insertChange(wijk, "ITEM", id, onBehalfOf == null ? "voorbeelddata" : "mirjam", onBehalfOf, "Toegevoegd als voorbeeld");
        ids.put(name, id);
    }

    private void history(String wijk, String title, String date, String kind, String source) {
        long id = repo.insertItem(wijk, null, Layer.HISTORY, title, "", attrs("kind", kind, "source", source), null, null, null,
                LocalDate.parse(date), true, "voorbeelddata", null);
        repo.insertChange(wijk, "ITEM", id, "voorbeelddata", null, "Toegevoegd als voorbeeld");
    }

    private void link(String wijk, String from, String to, String description, boolean worksWell) {
        long id = repo.insertLink(wijk, ids.get(from), ids.get(to), description, worksWell, true, "voorbeelddata", null);
        repo.insertChange(wijk, "LINK", id, "voorbeelddata", null, "Toegevoegd als voorbeeld");
    }

    private static Map<String, Object> attrs(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<DayHours> hours(int fromDay, int toDay, String opens, String closes) {
        List<DayHours> list = new ArrayList<>();
        for (int d = fromDay; d <= toDay; d++) {
            list.add(new DayHours(d, LocalTime.parse(opens), LocalTime.parse(closes)));
        }
        return list;
    }
}

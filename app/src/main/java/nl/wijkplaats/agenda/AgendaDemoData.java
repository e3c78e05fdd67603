package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.Labels.InputChannel;
import nl.wijkplaats.agenda.Labels.InputKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo profile only: the Overvecht BuurtTop of the walkthrough (prepared by the bewonersplatform, 140 people at 18
 * tables, seven ambitions, adopted and published, a werkgroep, requests to the corporation and the school). Marked as
 * example data; skipped when present.
 */
@Component
@Profile("demo")
@Order(40)
class AgendaDemoData implements ApplicationRunner {

    static final String OVERVECHT = "WK034403";
    private static final Logger log = LoggerFactory.getLogger(AgendaDemoData.class);

    private final AgendaRepository repository;
    private final InputService inputs;
    private final Clock clock;

    AgendaDemoData(AgendaRepository repository, InputService inputs, Clock clock) {
        this.repository = repository;
        this.inputs = inputs;
        this.clock = clock;
    }

    record Demo(String title, String description, int horizon, List<Integer> values, String firstSteps, String[][] cards) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.buurtTopsOfWijk(OVERVECHT).stream().anyMatch(BuurtTop::example)) {
            return;
        }
        List<Theme> values = inputs.themes(OVERVECHT).stream().filter(Theme::publicValue).toList();
        if (values.size() < 5) {
            return;
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.now(clock.withZone(BuurtTopService.AMSTERDAM)).minusDays(45);
        long id = repository.insertBuurtTop(OVERVECHT, "BuurtTop Overvecht (voorbeeld)", "Bewonersplatform Overvecht (voorbeeld)",
                day, "Bibliotheek Overvecht, Zambesidreef (voorbeeld)", 160,
                day.plusDays(1).atStartOfDay(BuurtTopService.AMSTERDAM).toInstant(), true, "fatima");
        repository.addOrganiser(id, "fatima");
        repository.addOrganiser(id, "mirjam");
        int position = 0;
        for (Object[] t : BuurtTopService.PLAN_TEMPLATE) {
            repository.insertTask(id, (String) t[0], "Bewonersplatform Overvecht (voorbeeld)", day.minusDays((Integer) t[1]), position++);
        }
        repository.tasks(id).forEach(t -> repository.updateTask(t.id(), t.owner(), t.dueDate(), true));
        repository.insertInvitation(id, Labels.Audience.BEWONER, "Alle brievenbussen in Overvecht (voorbeeld)", Labels.Channel.BRIEF);
        repository.insertInvitation(id, Labels.Audience.ONDERNEMER, "Winkeliers Winkelcentrum Overvecht (voorbeeld)", Labels.Channel.PERSOONLIJK);
        repository.insertInvitation(id, Labels.Audience.PROFESSIONAL, "Buurtteam en welzijnsorganisatie (voorbeeld)", Labels.Channel.EMAIL);
        repository.insertInvitation(id, Labels.Audience.SLEUTELFIGUUR, "Moskee, voetbalvereniging en koffieochtend (voorbeeld)", Labels.Channel.PERSOONLIJK);
        repository.insertRegistration(id, "Voorbeeldbewoner A", "", Labels.Audience.BEWONER, "rolstoelplek", "Arabisch", "halal",
                true, Labels.RegistrationStatus.INGESCHREVEN, null, "fatima", "n:voorbeeldbewonera");
        repository.insertRegistration(id, "Voorbeeldbewoner B", "", Labels.Audience.BEWONER, "", "", "vegetarisch",
                false, Labels.RegistrationStatus.INGESCHREVEN, null, "fatima", "n:voorbeeldbewonerb");
        long woonThema = repository.insertWijkTheme(OVERVECHT, "Wonen voor jong en oud (voorbeeld)", "fatima");
        Theme wonen = new Theme("wt-" + woonThema, "Wonen voor jong en oud (voorbeeld)", false);

        // value index: 0 duurzaamheid, 1 leefbaarheid, 2 zorgzaamheid, 3 delen, 4 inclusiviteit (the default five)
        List<Demo> demo = List.of(
                new Demo("Een huiskamer in elke buurt", "Over vijf jaar heeft elke buurt een plek waar je zonder afspraak binnenloopt voor koffie, hulp en gezelschap, gerund door bewoners.",
                        5, List.of(1, 2), "Werkgroep 'woonkamer per buurt' start; de corporatie gevraagd om een lege winkel.",
                        new String[][]{{"DROOM", "TAFEL", "Een plek in de buurt waar altijd koffie is", "8"}, {"ZORG", "PAPIER", "Sinds het buurthuis dicht is zie ik niemand meer", "1"}}),
                new Demo("Groenere straten, koelere zomers", "Over tien jaar zijn de stenen pleinen groen, staan er bomen in elke straat en is het 's zomers koeler.",
                        10, List.of(0, 1), "Masterplan Groen samen met de gemeente; tegels eruit, geveltuinen erin.",
                        new String[][]{{"DROOM", "TAFEL", "Bomen in plaats van tegels op het Zambesiplein", "7"}, {"ZORG", "ONLINE", "In de zomer is het in de flat niet uit te houden", "1"}}),
                new Demo("Samen de energierekening omlaag", "Over vijf jaar hebben bewoners samen zonnepanelen en weet iedereen waar hij hulp krijgt bij een hoge energierekening.",
                        5, List.of(0, 3), "Energiecommissie van bewoners; energiecoaches aan de keukentafel.",
                        new String[][]{{"ZORG", "TAFEL", "De energierekening is niet meer te betalen", "6"}}),
                new Demo("Veilig spelen en elkaar ontmoeten op straat", "Over vijf jaar kunnen kinderen veilig buiten spelen en kennen buren elkaar.",
                        5, List.of(1, 4), "Speelstraten op woensdagmiddag; buurtfeest per portiek.",
                        new String[][]{{"DROOM", "PAPIER", "Een speelplek waar moeders elkaar ook ontmoeten", "1"}, {"ZORG", "TAFEL", "Te hard rijden in de Tigrisdreef", "8"}}),
                new Demo("Werk en leren dichtbij", "Over tien jaar kunnen jongeren en volwassenen in de wijk leren en werken, met stages bij ondernemers uit de buurt.",
                        10, List.of(3, 4), "Gesprek met de school en de winkeliersvereniging over stages.",
                        new String[][]{{"DROOM", "TAFEL", "Stages bij de winkels in het winkelcentrum", "7"}}),
                new Demo("Niemand alleen", "Over vijf jaar weet iedereen in de wijk bij wie hij terechtkan; buren, vrijwilligers en professionals kijken samen om naar elkaar.",
                        5, List.of(2, 4), "Koffieochtenden uitbreiden; maatjes voor ouderen.",
                        new String[][]{{"ZORG", "PAPIER", "Mijn buurvrouw komt de deur niet meer uit", "1"}, {"DROOM", "ONLINE", "Een maatje voor elke oudere die dat wil", "1"}}),
                new Demo("Wonen voor jong en oud", "Over tien jaar kunnen ouderen in de wijk blijven wonen en vinden jongeren hier een eerste woning.",
                        10, List.of(), "Gesprek met de corporatie over nieuwe woonvormen.",
                        new String[][]{{"DROOM", "TAFEL", "Een woongroep voor ouderen in de wijk", "6"}}));
        int table = 1;
        List<Long> ambitionIds = new ArrayList<>();
        for (Demo d : demo) {
            long ambition = repository.insertAmbition(id, d.title() + " (voorbeeld)", d.description(), d.horizon(), d.firstSteps(), "fatima");
            ambitionIds.add(ambition);
            List<Theme> themes = d.values().isEmpty() ? List.of(wonen) : d.values().stream().map(values::get).toList();
            themes.forEach(t -> repository.addAmbitionTheme(ambition, t));
            for (String[] card : d.cards()) {
                InputChannel channel = InputChannel.valueOf(card[1]);
                long input = repository.insertInput(id, themes.get(0), InputKind.valueOf(card[0]), card[2] + " (voorbeeld)", channel,
                        channel == InputChannel.TAFEL ? table++ : null, Integer.parseInt(card[3]),
                        channel == InputChannel.ONLINE ? "fatima" : null, channel == InputChannel.ONLINE ? "fatima" : "mirjam");
                repository.addAmbitionInput(ambition, input);
            }
        }
        repository.insertComment(id, ambitionIds.get(0), "Graag ook een plek voor jongeren, niet alleen voor ouderen. (voorbeeld)", "fatima");
        repository.setCommentUntil(id, now.minus(20, ChronoUnit.DAYS));
        for (Phase p : List.of(Phase.INSCHRIJVING, Phase.INBRENG, Phase.CLUSTEREN, Phase.CONCEPT_TER_REACTIE, Phase.VASTGESTELD, Phase.GEPUBLICEERD)) {
            repository.changePhase(id, repository.findBuurtTop(id).orElseThrow().phase(), p);
        }
        repository.recordAdoption(id, "Open ledenvergadering van het Bewonersplatform Overvecht (voorbeeld)",
                "Na drie weken reacties besproken en met handopsteken vastgesteld: 52 voor, 3 tegen. (voorbeeld)", "fatima",
                now.minus(18, ChronoUnit.DAYS));
        repository.recordPublication(id, now.minus(17, ChronoUnit.DAYS));

        long wg = repository.insertWerkgroep(ambitionIds.get(0), "Werkgroep woonkamer per buurt (voorbeeld)",
                "Per buurt een huiskamer vinden en openhouden met vrijwilligers.", "fatima");
        repository.addMember(wg, "fatima");
        repository.insertEntry(wg, Labels.EntryKind.BIJEENKOMST, LocalDate.now(clock.withZone(BuurtTopService.AMSTERDAM)).minusDays(10),
                "Eerste bijeenkomst met 12 bewoners in de bibliotheek. (voorbeeld)", "fatima");
        repository.insertEntry(wg, Labels.EntryKind.VOORTGANG, LocalDate.now(clock.withZone(BuurtTopService.AMSTERDAM)).minusDays(3),
                "De moskee biedt haar buurtzaal aan op dinsdag en donderdag. (voorbeeld)", "fatima");
        long corporatie = repository.insertRequest(ambitionIds.get(0), "Woningcorporatie (voorbeeld)", Labels.InstitutionKind.CORPORATIE,
                "joost", "Wilt u de lege winkel aan de Zambesidreef beschikbaar stellen als huiskamer?", now.minus(16, ChronoUnit.DAYS), "fatima");
        repository.updateRequestStatus(corporatie, 0, RequestStatus.IN_GESPREK, now.minus(9, ChronoUnit.DAYS));
        repository.insertResponse(corporatie, RequestStatus.IN_GESPREK, "We komen graag praten over een tijdelijke huurovereenkomst. (voorbeeld)",
                "Woningcorporatie (voorbeeld)");
        repository.insertRequest(ambitionIds.get(4), "Basisschool De Zonnewijzer (voorbeeld)", Labels.InstitutionKind.SCHOOL,
                "joost", "Wilt u met de winkeliers stages voor oudere leerlingen mogelijk maken?", now.minus(16, ChronoUnit.DAYS), "fatima");
        long pg = repository.insertProjectgroep(ambitionIds.get(1), "Projectgroep Masterplan Groen (voorbeeld)",
                "Maakt samen één plan voor het groen in Overvecht en stelt de besteding van het groenbudget voor aan de wijkraad.",
                "Wethouder en bestuur Bewonersplatform Overvecht (voorbeeld)", "fatima");
        repository.insertProjectgroepMember(pg, "Voorbeeldbewoner C", Labels.Side.BEWONER, "Werkgroep vergroeners (voorbeeld)");
        repository.insertProjectgroepMember(pg, "Voorbeeldambtenaar", Labels.Side.GEMEENTE, "Gemeente Utrecht, Stadsbeheer (voorbeeld)");
        repository.insertProjectgroepMember(pg, "Voorbeeldmedewerker", Labels.Side.INSTELLING, "Woningcorporatie (voorbeeld)");
        log.info("Demo: BuurtTop Overvecht with {} ambitions (example data)", ambitionIds.size());
    }
}

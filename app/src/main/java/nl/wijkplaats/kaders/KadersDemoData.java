package nl.wijkplaats.kaders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example data following the walkthrough (raadsbesluit 2026-114, two funding sources, 2027–2032, Overvecht and Zuid
 * budget lines, 120 hours of drawing rights for the Overvecht bewonersplatform). Everything is marked "voorbeeld".
 * Idempotent: skipped when the example funding source exists.
 */
@Component
@Profile("demo")
@Order(40)
class KadersDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KadersDemoData.class);
    static final String GEMEENTE = "GM0344";
    static final String FIRST_SOURCE = "Welzijnswerk en bewonersondersteuning, voorheen aanbesteed (voorbeeld)";
    static final String RB = "Raadsbesluit 2026-114";

    private final KadersService kaders;
    private final AllocationService allocations;
    private final WijkbudgetService budgets;
    private final OndergrensService ondergrenzen;
    private final TrekkingsrechtenService trekkingsrechten;
    private final Clock clock;

    KadersDemoData(KadersService kaders, AllocationService allocations, WijkbudgetService budgets,
                   OndergrensService ondergrenzen, TrekkingsrechtenService trekkingsrechten, Clock clock) {
        this.kaders = kaders;
        this.allocations = allocations;
        this.budgets = budgets;
        this.ondergrenzen = ondergrenzen;
        this.trekkingsrechten = trekkingsrechten;
        this.clock = clock;
    }

    /** Acts as a demo person; the roles mirror the demo accounts. */
    private static void as(String username, String... scopedRoles) {
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        for (String r : scopedRoles) {
            authorities.add(new SimpleGrantedAuthority(r));
            authorities.add(new SimpleGrantedAuthority("ROLE_" + r.substring(0, r.indexOf('@'))));
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (kaders.sources(GEMEENTE).stream().anyMatch(s -> s.name().equals(FIRST_SOURCE))) {
            return;
        }
        try {
            load();
            log.info("Voorbeelddata kaders en wijkbudgetten geladen");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load() {
        LocalDate decided = LocalDate.of(2026, 7, 2);
        // 1. ambtenaar Sanne enters the council's decision
        as("sanne", "AMBTENAAR@*");
        kaders.addSource(GEMEENTE, FIRST_SOURCE, "Subsidieverordening Sociaal Domein (voorbeeld)",
                "Opbouwwerk en bewonersondersteuning; aanbesteden stopt", 240_000_000L, 2027, 2032, RB, decided, true);
        kaders.addSource(GEMEENTE, "Budget bewonersinitiatieven (voorbeeld)", RB + " (voorbeeld)",
                "Initiatieven en plekken", 60_000_000L, 2027, 2032, RB, decided, true);
        BudgetPeriod period = kaders.addPeriod(GEMEENTE, "Wijkbudgetten 2027–2032 (voorbeeld)", 2027, 2032,
                new BigDecimal("30"), RB, decided, true);
        ondergrenzen.add(GEMEENTE, "In elke wijk minstens één toegankelijke ontmoetingsplek die vijf dagen per week open is (voorbeeld)",
                OndergrensChecks.ACCESSIBLE_PLACE_OPEN_DAYS, 5, RB, decided, true);

        // 2. raadslid Ahmed adopts the key after comparing two in the preview
        as("ahmed", "RAADSLID@*");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("a_inw", new BigDecimal("2"));
        weights.put("a_00_14", BigDecimal.ONE);
        weights.put("a_65_oo", BigDecimal.ONE);
        allocations.preview(period.id(), new KeyInput("Alleen inwoners", 0, 2024, Map.of("a_inw", BigDecimal.ONE), "vergelijking"));
        allocations.adopt(period.id(), new KeyInput("Basis plus inwoners, kinderen en ouderen (voorbeeld)", 10_000_000L, 2024,
                        weights, "Elke wijk heeft een basis nodig voor een bewonersplatform en een plek, wat de omvang ook is. "
                        + "De rest volgt het aantal inwoners, met extra gewicht voor kinderen en ouderen, omdat zij het meest op "
                        + "voorzieningen dichtbij aangewezen zijn. Voorbeeld."),
                RB, decided, true);

        // 3. budget lines for 2027 in Overvecht (€ 307.980,70) and Zuid (€ 253.315,85)
        as("sanne", "AMBTENAAR@*");
        line(period, "WK034403", BudgetCategory.BEWONERSORGANISATIE, "Bewonersplatform Overvecht: coördinator en vergaderruimte (voorbeeld)", 9_500_000L, 9_500_000L, 2_000_000L);
        line(period, "WK034403", BudgetCategory.INITIATIEVEN, "Bewonersinitiatieven Overvecht (voorbeeld)", 8_000_000L, 1_500_000L, 0);
        line(period, "WK034403", BudgetCategory.PROFESSIONELE_ONDERSTEUNING, "Opbouwwerk in opdracht van het bewonersplatform (voorbeeld)", 6_000_000L, 6_000_000L, 0);
        line(period, "WK034403", BudgetCategory.PLEKKEN, "Huur buurtkamer Zamenhofdreef (voorbeeld)", 3_000_000L, 3_000_000L, 750_000L);
        line(period, "WK034403", BudgetCategory.BEWONERSBEGROTING, "Bewonersbegroting Overvecht 2027 (voorbeeld)", 4_000_000L, 0, 0);
        line(period, "WK034407", BudgetCategory.BEWONERSORGANISATIE, "Wijkplatform Zuid: ondersteuning (voorbeeld)", 8_000_000L, 8_000_000L, 0);
        line(period, "WK034407", BudgetCategory.INITIATIEVEN, "Bewonersinitiatieven Zuid (voorbeeld)", 6_000_000L, 0, 0);
        line(period, "WK034407", BudgetCategory.PLEKKEN, "Buurthuis Hoograven (voorbeeld)", 2_500_000L, 2_500_000L, 0);
        line(period, "WK034407", BudgetCategory.BEWONERSBEGROTING, "Bewonersbegroting Zuid 2027 (voorbeeld)", 5_000_000L, 0, 0);

        // 4. trekkingsrechten: 120 hours for the Overvecht bewonersplatform
        TrRecords.Scheme scheme = trekkingsrechten.createScheme(GEMEENTE, "Trekkingsrechten bewonersorganisaties (voorbeeld)",
                TrUnit.UREN, "Bewonersorganisaties kiezen zelf bij wie ze ondersteuning inkopen, in plaats van jaarlijks te "
                        + "onderhandelen. Experiment 2027, voorbeeld.", RB, true);
        TrRecords.Offer opbouwwerk = trekkingsrechten.addOffer(scheme.id(), "Welzijnsorganisatie Overvecht (voorbeeld)", "WELZIJN",
                "mirjam", "Opbouwwerker voor een werkgroep", "Begeleiding van werkgroepen en bijeenkomsten.", null, true);
        trekkingsrechten.addOffer(scheme.id(), "Gemeente Utrecht (voorbeeld)", "GEMEENTE", "sanne",
                "Ambtelijke ondersteuning bij een plan", "Meedenken over vergunningen, grond en regels.", null, true);
        trekkingsrechten.addOffer(scheme.id(), "Zzp'er uit de buurt (voorbeeld)", "ZZP", null,
                "Vormgeving en drukwerk", "Flyers en uitnodigingen, ook op papier.", null, true);
        TrRecords.Balance balance = trekkingsrechten.grant(scheme.id(), "WK034403", "Bewonersplatform Overvecht (voorbeeld)",
                12_000L, LocalDate.of(2027, 12, 31), RB, true);

        as("fatima", "INITIATIEFNEMER@WK034403", "BEWONER@WK034403");
        TrRecords.Request request = trekkingsrechten.request(balance.id(), opbouwwerk.id(), new BigDecimal("24"),
                "Werkgroep 'woonkamer per buurt' (voorbeeld)");
        as("mirjam", "PROFESSIONAL@*", "COORDINATOR@WK034403");
        trekkingsrechten.accept(request.id());
        trekkingsrechten.logHours(request.id(), new BigDecimal("6"), LocalDate.now(clock), "Eerste twee bijeenkomsten (voorbeeld)");
    }

    private void line(BudgetPeriod period, String wijk, BudgetCategory category, String description, long planned,
                      long committed, long spent) {
        budgets.addLine(period.id(), wijk, 2027, category, description, planned, committed, spent, RB, true);
    }
}

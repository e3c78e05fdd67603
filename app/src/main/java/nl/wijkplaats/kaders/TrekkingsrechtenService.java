package nl.wijkplaats.kaders;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.TrRecords.Balance;
import nl.wijkplaats.kaders.TrRecords.HourLog;
import nl.wijkplaats.kaders.TrRecords.Offer;
import nl.wijkplaats.kaders.TrRecords.Request;
import nl.wijkplaats.kaders.TrRecords.Scheme;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Trekkingsrechten: a resident organisation's balance (hours or euros) drawn on a catalogue of support. A request
 * reserves its amount at once with a conditional update (so two simultaneous requests can never together overspend);
 * logged delivery moves reserved to used; declined or withdrawn requests release it; expired balances stop.
 */
@Service
public class TrekkingsrechtenService {

    private final JdbcClient jdbc;
    private final KadersService kaders;
    private final DecisionLog decisions;
    private final WijkAccess access;
    private final AreaService areas;
    private final Clock clock;

    TrekkingsrechtenService(JdbcClient jdbc, KadersService kaders, DecisionLog decisions, WijkAccess access,
                            AreaService areas, Clock clock) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.decisions = decisions;
        this.access = access;
        this.areas = areas;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    public List<Scheme> schemes(String gemeenteCode) {
        return jdbc.sql("select * from tr_scheme where gemeente_code = ? order by id").param(gemeenteCode).query(Scheme.class).list();
    }

    public Scheme scheme(long id) {
        return jdbc.sql("select * from tr_scheme where id = ?").param(id).query(Scheme.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze regeling bestaat niet."));
    }

    public List<Balance> balances(long schemeId) {
        return jdbc.sql("select * from tr_balance where scheme_id = ? order by wijk_code, holder_name").param(schemeId)
                .query(Balance.class).list();
    }

    public List<Balance> balancesForWijk(String wijkCode) {
        return jdbc.sql("select * from tr_balance where wijk_code = ? order by holder_name").param(wijkCode).query(Balance.class).list();
    }

    public Balance balance(long id) {
        return jdbc.sql("select * from tr_balance where id = ?").param(id).query(Balance.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Dit tegoed bestaat niet."));
    }

    public List<Offer> offers(long schemeId) {
        return jdbc.sql("select * from tr_offer where scheme_id = ? and active order by provider_kind, provider_name, id")
                .param(schemeId).query(Offer.class).list();
    }

    public Offer offer(long id) {
        return jdbc.sql("select * from tr_offer where id = ?").param(id).query(Offer.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Dit aanbod bestaat niet."));
    }

    public Request request(long id) {
        return jdbc.sql("select * from tr_request where id = ?").param(id).query(Request.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze aanvraag bestaat niet."));
    }

    public List<Request> requests(long schemeId) {
        return jdbc.sql("""
                        select r.* from tr_request r join tr_balance b on b.id = r.balance_id
                        where b.scheme_id = ? order by r.requested_at desc, r.id desc""")
                .param(schemeId).query(Request.class).list();
    }

    public List<HourLog> hourLogs(long requestId) {
        return jdbc.sql("select * from tr_hour_log where request_id = ? order by worked_on, id").param(requestId)
                .query(HourLog.class).list();
    }

    // --- the council sets up the experiment ---------------------------------------------------------------------

    @Transactional
    public Scheme createScheme(String gemeenteCode, String name, TrUnit unit, String description, String reference,
                               boolean example) {
        kaders.requireEditor();
        kaders.gemeente(gemeenteCode);
        String n = KadersService.required("naam", name, "Geef de regeling een naam.");
        if (unit == null) {
            throw new KadersInputException("eenheid", "Kies of het tegoed in uren of in euro's is.");
        }
        String ref = KadersService.required("referentie", reference, "Vul de referentie van het besluit in.");
        long id = jdbc.sql("insert into tr_scheme (gemeente_code, name, unit, description, example) values (?, ?, ?, ?, ?) returning id")
                .params(gemeenteCode, n, unit.name(), description == null ? "" : description.trim(), example)
                .query(Long.class).single();
        decisions.record(gemeenteCode, null, "TREKKINGSRECHT", id, "Experiment trekkingsrechten '" + n + "' gestart (in "
                + (unit == TrUnit.UREN ? "uren" : "euro's") + ").", ref, null, example);
        return scheme(id);
    }

    @Transactional
    public Balance grant(long schemeId, String wijkCode, String holderName, long amount, LocalDate expiresOn,
                         String reference, boolean example) {
        kaders.requireEditor();
        Scheme scheme = scheme(schemeId);
        Area wijk = areas.get(wijkCode);
        if (!wijk.isWijk() || !wijk.gemeenteCode().equals(scheme.gemeenteCode())) {
            throw new KadersInputException("wijk", "Kies een wijk van deze gemeente.");
        }
        String holder = KadersService.required("houder", holderName, "Vul de naam van de bewonersorganisatie in.");
        if (amount <= 0) {
            throw new KadersInputException("tegoed", "Het tegoed moet groter dan 0 zijn.");
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw new KadersInputException("vervaldatum", "De vervaldatum ligt in het verleden.");
        }
        String ref = KadersService.required("referentie", reference, "Vul de referentie van het besluit in.");
        long id = jdbc.sql("""
                        insert into tr_balance (scheme_id, wijk_code, holder_name, granted, expires_on, example)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(schemeId, wijkCode, holder, amount, expiresOn == null ? null : Date.valueOf(expiresOn), example)
                .query(Long.class).single();
        decisions.record(scheme.gemeenteCode(), wijkCode, "TREKKINGSRECHT", id, holder + " krijgt een tegoed van "
                + scheme.unit().format(amount) + (expiresOn == null ? "" : ", geldig tot en met " + expiresOn) + ".", ref,
                null, example);
        return balance(id);
    }

    @Transactional
    public Offer addOffer(long schemeId, String providerName, String providerKind, String providerUser, String title,
                          String description, Long pricePerHour, boolean example) {
        kaders.requireEditor();
        Scheme scheme = scheme(schemeId);
        String p = KadersService.required("aanbieder", providerName, "Vul de naam van de aanbieder in.");
        String t = KadersService.required("titel", title, "Vul in wat er wordt aangeboden.");
        if (!List.of("WELZIJN", "GEMEENTE", "ZZP", "ANDERS").contains(providerKind)) {
            throw new KadersInputException("soort", "Kies wat voor aanbieder het is.");
        }
        if (scheme.unit() == TrUnit.EUROS && (pricePerHour == null || pricePerHour <= 0)) {
            throw new KadersInputException("prijs", "Vul een prijs per uur in die groter is dan 0.");
        }
        long id = jdbc.sql("""
                        insert into tr_offer (scheme_id, provider_name, provider_kind, provider_user, title, description,
                                              price_per_hour, example) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(schemeId, p, providerKind, providerUser == null || providerUser.isBlank() ? null : providerUser.trim(),
                        t, description == null ? "" : description.trim(), scheme.unit() == TrUnit.EUROS ? pricePerHour : null,
                        example).query(Long.class).single();
        return offer(id);
    }

    // --- the resident organisation requests ---------------------------------------------------------------------

    /** Initiatiefnemers and coördinatoren of the balance's wijk act for the resident organisation. */
    public boolean canRequest(Balance b) {
        return access.can(b.wijkCode(), Role.INITIATIEFNEMER, Role.COORDINATOR);
    }

    public boolean canProvide(Offer o) {
        return access.can(null, Role.AMBTENAAR)
                || (o.providerUser() != null && o.providerUser().equals(access.currentUsername().orElse(null)));
    }

    /** The amount (hundredths) a number of hours costs on this balance. */
    long amountFor(Scheme scheme, Offer offer, BigDecimal hours) {
        if (hours == null || hours.signum() <= 0) {
            throw new KadersInputException("uren", "Vul een aantal uren in dat groter is dan 0.");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new KadersInputException("uren", "Vul de uren in met hoogstens twee cijfers achter de komma.");
        }
        return scheme.unit() == TrUnit.UREN ? hours.movePointRight(2).longValueExact()
                : hours.multiply(BigDecimal.valueOf(offer.pricePerHour())).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Transactional
    public Request request(long balanceId, long offerId, BigDecimal hours, String question) {
        Balance b = balance(balanceId);
        if (!canRequest(b)) {
            throw new AccessDeniedException("Alleen de bewonersorganisatie van deze wijk kan van dit tegoed aanvragen.");
        }
        Offer offer = offer(offerId);
        Scheme scheme = scheme(b.schemeId());
        if (offer.schemeId() != scheme.id() || !offer.active()) {
            throw new KadersInputException("aanbod", "Dit aanbod hoort niet bij deze regeling.");
        }
        long amount = amountFor(scheme, offer, hours);
        LocalDate today = LocalDate.now(clock);
        // One statement checks and reserves: PostgreSQL re-checks the condition on the latest row version when another
        // transaction updated it first, so parallel requests are serialised on the row and can never overspend.
        int reserved = jdbc.sql("""
                        update tr_balance set reserved = reserved + ?
                        where id = ? and granted - reserved - used - expired >= ? and (expires_on is null or expires_on >= ?)""")
                .params(amount, balanceId, amount, Date.valueOf(today)).update();
        if (reserved == 0) {
            Balance now = balance(balanceId);
            if (now.isExpired(today)) {
                throw new KadersInputException("uren", "Dit tegoed is vervallen op " + now.expiresOn() + "; er kan niets meer van worden aangevraagd.");
            }
            throw new KadersInputException("uren", "Er is niet genoeg tegoed: u vroeg " + scheme.unit().format(amount)
                    + ", er is nog " + scheme.unit().format(Math.max(0, now.available())) + " beschikbaar.");
        }
        long id = jdbc.sql("""
                        insert into tr_request (balance_id, offer_id, amount, question, status, requested_by, requested_at)
                        values (?, ?, ?, ?, 'AANGEVRAAGD', ?, ?) returning id""")
                .params(balanceId, offerId, amount, question == null ? "" : question.trim(), access.requireUsername(),
                        Timestamp.from(clock.instant())).query(Long.class).single();
        decisions.record(scheme.gemeenteCode(), b.wijkCode(), "TREKKINGSRECHT", balanceId, b.holderName() + " vraagt "
                + scheme.unit().format(amount) + " aan bij " + offer.providerName() + " (" + offer.title()
                + "); dit wordt van het tegoed gereserveerd.", "", null, b.example());
        return request(id);
    }

    // --- the provider answers and delivers ----------------------------------------------------------------------

    @Transactional
    public Request accept(long requestId) {
        return decide(requestId, TrRequestStatus.GEACCEPTEERD);
    }

    @Transactional
    public Request decline(long requestId) {
        return decide(requestId, TrRequestStatus.AFGEWEZEN);
    }

    @Transactional
    public Request withdraw(long requestId) {
        return decide(requestId, TrRequestStatus.INGETROKKEN);
    }

    private Request decide(long requestId, TrRequestStatus target) {
        Request r = lockRequest(requestId);
        Balance b = balance(r.balanceId());
        Offer offer = offer(r.offerId());
        if (target == TrRequestStatus.INGETROKKEN ? !canRequest(b) : !canProvide(offer)) {
            throw new AccessDeniedException("U kunt deze aanvraag niet " + target.label() + " maken.");
        }
        requireTransition(r, target);
        jdbc.sql("update tr_request set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(target.name(), access.requireUsername(), Timestamp.from(clock.instant()), requestId).update();
        if (!target.holdsReservation()) {
            release(b, r.amount() - r.delivered(), r);
        }
        return request(requestId);
    }

    /** The provider logs delivered hours; the balance moves from reserved to used. */
    @Transactional
    public HourLog logHours(long requestId, BigDecimal hours, LocalDate workedOn, String note) {
        Request r = lockRequest(requestId);
        Offer offer = offer(r.offerId());
        if (!canProvide(offer)) {
            throw new AccessDeniedException("Alleen de aanbieder kan geleverde uren vastleggen.");
        }
        if (r.status() != TrRequestStatus.GEACCEPTEERD) {
            throw new KadersInputException("uren", "Uren vastleggen kan alleen bij een geaccepteerde aanvraag (deze is "
                    + r.status().label() + ").");
        }
        if (workedOn == null || workedOn.isAfter(LocalDate.now(clock))) {
            throw new KadersInputException("datum", "Vul de datum in waarop het werk gedaan is (niet in de toekomst).");
        }
        Balance b = balance(r.balanceId());
        Scheme scheme = scheme(b.schemeId());
        long amount = amountFor(scheme, offer, hours);
        if (r.delivered() + amount > r.amount()) {
            throw new KadersInputException("uren", "Dat is meer dan is aangevraagd: aangevraagd "
                    + scheme.unit().format(r.amount()) + ", al geleverd " + scheme.unit().format(r.delivered()) + ".");
        }
        int moved = jdbc.sql("update tr_balance set reserved = reserved - ?, used = used + ? where id = ? and reserved >= ?")
                .params(amount, amount, b.id(), amount).update();
        if (moved == 0) {
            throw new IllegalStateException("reservation missing for request " + requestId);
        }
        jdbc.sql("update tr_request set delivered = delivered + ? where id = ?").params(amount, requestId).update();
        long id = jdbc.sql("""
                        insert into tr_hour_log (request_id, amount, worked_on, note, logged_by, logged_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(requestId, amount, Date.valueOf(workedOn), note == null ? "" : note.trim(), access.requireUsername(),
                        Timestamp.from(clock.instant())).query(Long.class).single();
        decisions.record(scheme.gemeenteCode(), b.wijkCode(), "TREKKINGSRECHT", b.id(), offer.providerName() + " leverde "
                + scheme.unit().format(amount) + " aan " + b.holderName() + " (" + offer.title() + ").", "", null, b.example());
        return jdbc.sql("select * from tr_hour_log where id = ?").param(id).query(HourLog.class).single();
    }

    /** Closes an accepted request; what was not delivered goes back to the balance. */
    @Transactional
    public Request complete(long requestId) {
        Request r = lockRequest(requestId);
        Offer offer = offer(r.offerId());
        if (!canProvide(offer)) {
            throw new AccessDeniedException("Alleen de aanbieder kan de aanvraag afronden.");
        }
        requireTransition(r, TrRequestStatus.GELEVERD);
        jdbc.sql("update tr_request set status = 'GELEVERD' where id = ?").param(requestId).update();
        release(balance(r.balanceId()), r.amount() - r.delivered(), r);
        return request(requestId);
    }

    private void release(Balance b, long amount, Request r) {
        if (amount <= 0) {
            return;
        }
        jdbc.sql("update tr_balance set reserved = reserved - ? where id = ? and reserved >= ?")
                .params(amount, b.id(), amount).update();
        Scheme scheme = scheme(b.schemeId());
        decisions.record(scheme.gemeenteCode(), b.wijkCode(), "TREKKINGSRECHT", b.id(), scheme.unit().format(amount)
                + " gaat terug naar het tegoed van " + b.holderName() + " (aanvraag " + r.id() + ").", "", null, b.example());
    }

    private Request lockRequest(long requestId) {
        return jdbc.sql("select * from tr_request where id = ? for update").param(requestId).query(Request.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze aanvraag bestaat niet."));
    }

    private static void requireTransition(Request r, TrRequestStatus target) {
        if (!r.status().canMoveTo(target)) {
            throw new KadersInputException("status", "Een aanvraag die " + r.status().label() + " is, kan niet "
                    + target.label() + " worden.");
        }
    }

    // --- expiry -------------------------------------------------------------------------------------------------

    /**
     * Balances past their date lose what is still available (what is reserved for accepted work stays, so promised
     * support is still delivered). Returns how many balances expired. Runs every night and before the pages show.
     */
    @Transactional
    public int expireDue(LocalDate today) {
        List<Balance> due = jdbc.sql("""
                        select * from tr_balance where expires_on < ? and granted - reserved - used - expired > 0 for update""")
                .param(Date.valueOf(today)).query(Balance.class).list();
        for (Balance b : due) {
            long left = b.available();
            jdbc.sql("update tr_balance set expired = expired + ? where id = ?").params(left, b.id()).update();
            Scheme scheme = scheme(b.schemeId());
            jdbc.sql("""
                            insert into kaders_decision (gemeente_code, wijk_code, subject, subject_id, summary, reference,
                                                         decided_on, recorded_by, example)
                            values (?, ?, 'TREKKINGSRECHT', ?, ?, 'vervaldatum', ?, 'systeem', ?)""")
                    .params(scheme.gemeenteCode(), b.wijkCode(), b.id(), "Tegoed van " + b.holderName() + " vervallen op "
                            + b.expiresOn() + ": " + scheme.unit().format(left) + " niet gebruikt.", Date.valueOf(today), b.example())
                    .update();
        }
        return due.size();
    }

    @Scheduled(cron = "0 15 0 * * *", zone = "Europe/Amsterdam")
    public void nightlyExpiry() {
        expireDue(LocalDate.now(clock));
    }

    // --- evaluation ---------------------------------------------------------------------------------------------

    public record ProviderUptake(String providerName, String kind, long requests, long requested, long delivered) {
    }

    public record Evaluation(Scheme scheme, long granted, long reserved, long used, long expired, int balances,
                             List<ProviderUptake> providers, List<Request> openRequests) {

        public BigDecimal usedPercent() {
            return granted == 0 ? null : BigDecimal.valueOf(used * 100).divide(BigDecimal.valueOf(granted), 1, RoundingMode.HALF_UP);
        }
    }

    @Transactional(readOnly = true)
    public Evaluation evaluation(long schemeId) {
        Scheme scheme = scheme(schemeId);
        List<Balance> balances = balances(schemeId);
        List<ProviderUptake> providers = jdbc.sql("""
                        select o.provider_name, o.provider_kind as kind, count(r.id) as requests,
                               coalesce(sum(r.amount) filter (where r.status in ('AANGEVRAAGD','GEACCEPTEERD','GELEVERD')), 0) as requested,
                               coalesce(sum(r.delivered), 0) as delivered
                        from tr_offer o left join tr_request r on r.offer_id = o.id
                        where o.scheme_id = ? group by o.provider_name, o.provider_kind order by o.provider_name""")
                .param(schemeId).query(ProviderUptake.class).list();
        List<Request> open = requests(schemeId).stream().filter(r -> r.status().holdsReservation()).toList();
        return new Evaluation(scheme, balances.stream().mapToLong(Balance::granted).sum(),
                balances.stream().mapToLong(Balance::reserved).sum(), balances.stream().mapToLong(Balance::used).sum(),
                balances.stream().mapToLong(Balance::expired).sum(), balances.size(), providers, open);
    }

    public Optional<Scheme> firstScheme(String gemeenteCode) {
        return schemes(gemeenteCode).stream().findFirst();
    }
}

package nl.wijkplaats.kaders;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drawing rights against the real PostgreSQL: never negative, no overspending under concurrency, expiry. */
@IntegrationTest
class TrekkingsrechtenTest {

    @Autowired TrekkingsrechtenService service;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TrRecords.Scheme scheme;
    TrRecords.Offer offer;
    String tag;

    @BeforeEach
    void setUp() {
        tag = Long.toString(System.nanoTime(), 36);
        KadersTestSupport.signIn(accounts, users, "tr-ambtenaar", Role.AMBTENAAR, null);
        scheme = service.createScheme("GM0344", "Uren " + tag, TrUnit.UREN, "Experiment", "RB-tr", false);
        offer = service.addOffer(scheme.id(), "Welzijn Test " + tag, "WELZIJN", "tr-aanbieder", "Opbouwwerk", "", null, false);
    }

    @AfterEach
    void tearDown() {
        KadersTestSupport.signOut();
    }

    private TrRecords.Balance grant(long hundredths, LocalDate expires) {
        KadersTestSupport.signIn(accounts, users, "tr-ambtenaar", Role.AMBTENAAR, null);
        TrRecords.Balance b = service.grant(scheme.id(), "WK034403", "Bewonersplatform " + tag, hundredths, expires, "RB-tr", false);
        KadersTestSupport.signIn(accounts, users, "tr-initiatief", Role.INITIATIEFNEMER, "WK034403");
        return b;
    }

    @Test
    void twoSimultaneousRequestsCannotOverspendTheBalance() throws Exception {
        TrRecords.Balance balance = grant(12_000, null); // 120 hours
        SecurityContext context = SecurityContextHolder.getContext();
        int threads = 2;
        // both ask for 80 of the 120 hours at the same moment: exactly one may succeed
        for (int round = 0; round < 5; round++) {
            TrRecords.Balance b = round == 0 ? balance : grant(12_000, null);
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> call = () -> {
                    SecurityContextHolder.setContext(context);
                    ready.countDown();
                    go.await();
                    try {
                        service.request(b.id(), offer.id(), new BigDecimal("80"), "werkgroep");
                        return true;
                    } catch (KadersInputException e) {
                        assertThat(e.getMessage()).contains("niet genoeg tegoed");
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(call));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            int successes = 0;
            for (Future<Boolean> f : results) {
                successes += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(successes).as("round " + round).isEqualTo(1);
            TrRecords.Balance after = service.balance(b.id());
            assertThat(after.reserved()).isEqualTo(8_000);
            assertThat(after.available()).isEqualTo(4_000);
        }
    }

    @Test
    void theBalanceNeverGoesNegativeEvenForTheDatabaseItself() {
        TrRecords.Balance b = grant(1_000, null); // 10 hours
        assertThatThrownBy(() -> service.request(b.id(), offer.id(), new BigDecimal("10.5"), ""))
                .isInstanceOf(KadersInputException.class).hasMessageContaining("niet genoeg tegoed")
                .hasMessageContaining("10 uur beschikbaar");
        assertThat(service.balance(b.id()).available()).isEqualTo(1_000);
        // even a direct update that bypasses the service is refused by the check constraint
        assertThatThrownBy(() -> jdbc.sql("update tr_balance set used = 1001 where id = ?").param(b.id()).update())
                .hasMessageContaining("check");
        assertThatThrownBy(() -> service.request(b.id(), offer.id(), new BigDecimal("-1"), ""))
                .hasMessageContaining("groter is dan 0");
    }

    @Test
    void aBalanceInEurosIsDrawnAtTheOffersPricePerHour() {
        KadersTestSupport.signIn(accounts, users, "tr-ambtenaar", Role.AMBTENAAR, null);
        TrRecords.Scheme euros = service.createScheme("GM0344", "Euro's " + tag, TrUnit.EUROS, "Experiment in euro's", "RB-tr", false);
        assertThatThrownBy(() -> service.addOffer(euros.id(), "Zzp zonder prijs " + tag, "ZZP", null, "Advies", "", null, false))
                .hasMessageContaining("prijs per uur");
        TrRecords.Offer zzp = service.addOffer(euros.id(), "Zzp Test " + tag, "ZZP", "tr-aanbieder", "Procesbegeleiding", "", 6_500L, false);
        TrRecords.Balance b = service.grant(euros.id(), "WK034403", "Bewonersplatform " + tag, 100_000L, null, "RB-tr", false); // € 1.000
        KadersTestSupport.signIn(accounts, users, "tr-initiatief", Role.INITIATIEFNEMER, "WK034403");

        TrRecords.Request r = service.request(b.id(), zzp.id(), new BigDecimal("10"), "begeleiding werkgroep");
        assertThat(r.amount()).isEqualTo(65_000L); // 10 hours at € 65
        assertThat(service.balance(b.id()).available()).isEqualTo(35_000L);
        assertThatThrownBy(() -> service.request(b.id(), zzp.id(), new BigDecimal("6"), "nog meer"))
                .hasMessageContaining("niet genoeg tegoed");
        assertThat(service.balance(b.id()).available()).isEqualTo(35_000L);

        KadersTestSupport.signIn(accounts, users, "tr-aanbieder", Role.PROFESSIONAL, "WK034403");
        service.accept(r.id());
        service.logHours(r.id(), new BigDecimal("4"), LocalDate.now(clock), "twee sessies");
        service.complete(r.id());
        TrRecords.Balance end = service.balance(b.id());
        assertThat(end.used()).isEqualTo(26_000L);
        assertThat(end.reserved()).isZero();
        assertThat(end.available()).isEqualTo(74_000L);
    }

    @Test
    void requestAcceptDeliverAndCompleteMovesTheBalance() {
        TrRecords.Balance b = grant(12_000, null);
        TrRecords.Request r = service.request(b.id(), offer.id(), new BigDecimal("20"), "community worker");
        assertThat(service.balance(b.id()).available()).isEqualTo(10_000);

        KadersTestSupport.signIn(accounts, users, "tr-aanbieder", Role.PROFESSIONAL, "WK034403");
        service.accept(r.id());
        service.logHours(r.id(), new BigDecimal("6.5"), LocalDate.now(clock), "eerste bijeenkomst");
        assertThatThrownBy(() -> service.logHours(r.id(), new BigDecimal("14"), LocalDate.now(clock), ""))
                .hasMessageContaining("meer dan is aangevraagd");
        TrRecords.Balance mid = service.balance(b.id());
        assertThat(mid.used()).isEqualTo(650);
        assertThat(mid.reserved()).isEqualTo(1_350);
        service.complete(r.id());
        TrRecords.Balance end = service.balance(b.id());
        assertThat(end.reserved()).isZero();
        assertThat(end.used()).isEqualTo(650);
        assertThat(end.available()).isEqualTo(12_000 - 650);
        assertThat(service.request(r.id()).status()).isEqualTo(TrRequestStatus.GELEVERD);
        // a delivered request cannot be declined afterwards
        assertThatThrownBy(() -> service.decline(r.id())).hasMessageContaining("kan niet afgewezen worden");

        TrekkingsrechtenService.Evaluation eval = service.evaluation(scheme.id());
        assertThat(eval.used()).isEqualTo(650);
        assertThat(eval.providers()).anySatisfy(p -> {
            assertThat(p.providerName()).isEqualTo("Welzijn Test " + tag);
            assertThat(p.delivered()).isEqualTo(650);
        });
    }

    @Test
    void declinedRequestsGiveTheHoursBack() {
        TrRecords.Balance b = grant(5_000, null);
        TrRecords.Request r = service.request(b.id(), offer.id(), new BigDecimal("30"), "");
        KadersTestSupport.signIn(accounts, users, "tr-aanbieder", Role.PROFESSIONAL, "WK034403");
        service.decline(r.id());
        assertThat(service.balance(b.id()).available()).isEqualTo(5_000);
        assertThat(service.evaluation(scheme.id()).openRequests()).isEmpty();
    }

    @Test
    void expiredBalancesCannotBeDrawnAndLoseWhatIsLeft() {
        LocalDate today = LocalDate.now(clock);
        TrRecords.Balance b = grant(4_000, today); // valid through today
        TrRecords.Request r = service.request(b.id(), offer.id(), new BigDecimal("10"), "");
        KadersTestSupport.signIn(accounts, users, "tr-aanbieder", Role.PROFESSIONAL, "WK034403");
        service.accept(r.id());

        // the night after the expiry date
        assertThat(service.expireDue(today.plusDays(1))).isGreaterThanOrEqualTo(1);
        TrRecords.Balance after = service.balance(b.id());
        assertThat(after.expired()).isEqualTo(3_000);
        assertThat(after.available()).isZero();
        assertThat(after.reserved()).isEqualTo(1_000); // accepted work is still delivered
        assertThat(service.expireDue(today.plusDays(1))).as("idempotent").isZero();

        // a balance whose date has passed refuses new requests even before the nightly run
        jdbc.sql("update tr_balance set expires_on = ? where id = ?").params(java.sql.Date.valueOf(today.minusDays(1)), b.id()).update();
        jdbc.sql("update tr_balance set expired = 0 where id = ?").param(b.id()).update();
        KadersTestSupport.signIn(accounts, users, "tr-initiatief", Role.INITIATIEFNEMER, "WK034403");
        assertThatThrownBy(() -> service.request(b.id(), offer.id(), BigDecimal.ONE, ""))
                .hasMessageContaining("vervallen");
    }

    @Test
    void onlyTheWijksOrganisationRequests() {
        TrRecords.Balance b = grant(1_000, null);
        KadersTestSupport.signIn(accounts, users, "tr-zuid", Role.INITIATIEFNEMER, "WK034407");
        assertThatThrownBy(() -> service.request(b.id(), offer.id(), BigDecimal.ONE, ""))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

package nl.wijkplaats.kaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for funding sources, budget periods, allocation keys and adopted allocations. */
@Repository
class KadersRepository {

    private final JdbcClient jdbc;

    KadersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FundingSource> sources(String gemeenteCode) {
        return jdbc.sql("select * from funding_source where gemeente_code = ? order by start_year, name, id")
                .param(gemeenteCode).query(FundingSource.class).list();
    }

    Optional<FundingSource> source(long id) {
        return jdbc.sql("select * from funding_source where id = ?").param(id).query(FundingSource.class).optional();
    }

    long insertSource(String gemeenteCode, String name, String legalBasis, String purpose, long yearlyCents, int start,
                      int end, boolean example) {
        return jdbc.sql("""
                        insert into funding_source (gemeente_code, name, legal_basis, purpose, yearly_cents, start_year,
                                                    end_year, example) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeenteCode, name, legalBasis, purpose, yearlyCents, start, end, example).query(Long.class).single();
    }

    List<BudgetPeriod> periods(String gemeenteCode) {
        return jdbc.sql("select * from budget_period where gemeente_code = ? order by start_year desc, id desc")
                .param(gemeenteCode).query(BudgetPeriod.class).list();
    }

    Optional<BudgetPeriod> period(long id) {
        return jdbc.sql("select * from budget_period where id = ?").param(id).query(BudgetPeriod.class).optional();
    }

    /** Locks the period row so two adoptions of a key for the same period cannot interleave. */
    Optional<BudgetPeriod> periodForUpdate(long id) {
        return jdbc.sql("select * from budget_period where id = ? for update").param(id).query(BudgetPeriod.class).optional();
    }

    long insertPeriod(String gemeenteCode, String name, int start, int end, BigDecimal minPct, boolean example) {
        return jdbc.sql("""
                        insert into budget_period (gemeente_code, name, start_year, end_year, min_resident_org_pct, example)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeenteCode, name, start, end, minPct, example).query(Long.class).single();
    }

    long insertKey(long periodId, KeyInput key, String status, String reference, String createdBy) {
        long id = jdbc.sql("""
                        insert into allocation_key (period_id, name, base_cents, figure_year, rationale, status, reference,
                                                    created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(periodId, key.name(), key.baseCents(), key.figureYear(), key.rationale(), status, reference,
                        createdBy).query(Long.class).single();
        for (Map.Entry<String, BigDecimal> w : key.weights().entrySet()) {
            jdbc.sql("insert into allocation_weight (key_id, variable, weight) values (?, ?, ?)")
                    .params(id, w.getKey(), w.getValue()).update();
        }
        return id;
    }

    void adopt(long periodId, long keyId) {
        jdbc.sql("update allocation_key set status = 'VERVALLEN' where period_id = ? and status = 'VASTGESTELD'")
                .param(periodId).update();
        jdbc.sql("update allocation_key set status = 'VASTGESTELD', adopted_at = now() where id = ?").param(keyId).update();
        jdbc.sql("update budget_period set adopted_key_id = ? where id = ?").params(keyId, periodId).update();
        jdbc.sql("delete from wijk_allocation where period_id = ?").param(periodId).update();
    }

    void insertAllocation(long periodId, long keyId, String wijkCode, int year, long cents) {
        jdbc.sql("insert into wijk_allocation (period_id, key_id, wijk_code, year, amount_cents) values (?, ?, ?, ?, ?)")
                .params(periodId, keyId, wijkCode, year, cents).update();
    }

    List<AllocationKey> keys(long periodId) {
        return jdbc.sql("select * from allocation_key where period_id = ? order by created_at desc, id desc")
                .param(periodId).query(AllocationKey.class).list();
    }

    Optional<AllocationKey> key(long id) {
        return jdbc.sql("select * from allocation_key where id = ?").param(id).query(AllocationKey.class).optional();
    }

    Map<String, BigDecimal> weights(long keyId) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        jdbc.sql("select variable, weight from allocation_weight where key_id = ? order by variable").param(keyId)
                .query((rs, n) -> map.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list();
        return map;
    }

    /** year -> cents adopted for the wijk within the period. */
    Map<Integer, Long> allocations(long periodId, String wijkCode) {
        Map<Integer, Long> map = new LinkedHashMap<>();
        jdbc.sql("select year, amount_cents from wijk_allocation where period_id = ? and wijk_code = ? order by year")
                .params(periodId, wijkCode).query((rs, n) -> map.put(rs.getInt(1), rs.getLong(2))).list();
        return map;
    }

    /** wijk -> (year -> cents) for a whole period. */
    Map<String, Map<Integer, Long>> allocations(long periodId) {
        Map<String, Map<Integer, Long>> map = new LinkedHashMap<>();
        jdbc.sql("select wijk_code, year, amount_cents from wijk_allocation where period_id = ? order by wijk_code, year")
                .param(periodId)
                .query((rs, n) -> map.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getInt(2), rs.getLong(3)))
                .list();
        return map;
    }

    /** The period covering the year that has an adopted key, newest first. */
    Optional<BudgetPeriod> adoptedPeriodFor(String gemeenteCode, int year) {
        return jdbc.sql("""
                        select * from budget_period where gemeente_code = ? and ? between start_year and end_year
                        and adopted_key_id is not null order by id desc limit 1""")
                .params(gemeenteCode, year).query(BudgetPeriod.class).optional();
    }
}

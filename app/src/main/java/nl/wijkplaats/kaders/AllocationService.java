package nl.wijkplaats.kaders;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.area.KwbVariable;
import nl.wijkplaats.kaders.allocation.AllocationEngine;
import nl.wijkplaats.kaders.allocation.AllocationResult;
import nl.wijkplaats.kaders.allocation.Money;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Allocation keys: preview and adoption. Both run the same {@link AllocationEngine} on the same inputs, so what the
 * council saw in the preview is exactly what gets adopted.
 */
@Service
public class AllocationService {

    private final KadersService kaders;
    private final KadersRepository repo;
    private final AreaService areas;
    private final DecisionLog decisions;
    private final WijkAccess access;

    AllocationService(KadersService kaders, KadersRepository repo, AreaService areas, DecisionLog decisions,
                      WijkAccess access) {
        this.kaders = kaders;
        this.repo = repo;
        this.areas = areas;
        this.decisions = decisions;
        this.access = access;
    }

    /** The figures a key may weigh: counts of people, households or homes (shares and averages cannot be divided). */
    public List<KwbVariable> weighableVariables() {
        return areas.variables().all().stream().filter(v -> "aantal".equals(v.unit())).toList();
    }

    /** A computed (not stored) allocation for every year of a period. */
    public record Preview(BudgetPeriod period, KeyInput key, Map<Integer, AllocationResult> perYear,
                          Map<String, String> wijkNames, Map<String, String> labels,
                          Map<String, Map<Integer, Long>> adopted) {

        public AllocationResult firstYear() {
            return perYear.values().iterator().next();
        }

        /** Change against the adopted amount of the first year, null when nothing is adopted yet. */
        public Long changeFirstYear(String wijkCode) {
            Map<Integer, Long> a = adopted.get(wijkCode);
            int year = perYear.keySet().iterator().next();
            if (a == null || a.get(year) == null) {
                return null;
            }
            return firstYear().of(wijkCode).amountCents() - a.get(year);
        }
    }

    @Transactional(readOnly = true)
    public Preview preview(long periodId, KeyInput key) {
        BudgetPeriod period = kaders.period(periodId);
        return compute(period, key);
    }

    private Preview compute(BudgetPeriod period, KeyInput key) {
        validate(period, key);
        List<Area> wijken = areas.wijken(period.gemeenteCode());
        if (wijken.isEmpty()) {
            throw new KadersInputException(null, "Voor deze gemeente zijn geen wijken geladen.");
        }
        Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
        for (Area w : wijken) {
            figures.put(w.code(), areas.figures(w.code(), key.figureYear()));
        }
        Map<String, String> labels = key.weights().keySet().stream()
                .collect(Collectors.toMap(v -> v, v -> areas.variables().get(v).label(), (a, b) -> a, LinkedHashMap::new));
        Map<Integer, AllocationResult> perYear = new LinkedHashMap<>();
        for (int year : period.years()) {
            long total = kaders.yearlyTotal(period.gemeenteCode(), year);
            if (total == 0) {
                throw new KadersInputException(null, "Voor " + year + " is er geen geld uit een financieringsbron. "
                        + "Voeg eerst een financieringsbron toe die dit jaar dekt.");
            }
            try {
                perYear.put(year, AllocationEngine.allocate(total, key.baseCents(), key.weights(), figures, labels));
            } catch (nl.wijkplaats.kaders.allocation.AllocationException e) {
                // tie the engine's reason to the form field it is about
                throw new KadersInputException(e.getMessage().contains("basisbedrag") ? "basis" : "gewichten",
                        year + ": " + e.getMessage());
            }
        }
        Map<String, String> names = wijken.stream()
                .collect(Collectors.toMap(Area::code, Area::name, (a, b) -> a, LinkedHashMap::new));
        return new Preview(period, key, perYear, names, labels, repo.allocations(period.id()));
    }

    private void validate(BudgetPeriod period, KeyInput key) {
        if (key.baseCents() < 0) {
            throw new KadersInputException("basis", "Het basisbedrag per wijk mag niet negatief zijn.");
        }
        if (!areas.years(period.gemeenteCode()).contains(key.figureYear())) {
            throw new KadersInputException("cijferjaar", "Voor " + key.figureYear() + " zijn geen CBS-cijfers geladen. "
                    + "Kies een van: " + areas.years(period.gemeenteCode()) + ".");
        }
        for (Map.Entry<String, BigDecimal> w : key.weights().entrySet()) {
            var variable = areas.variables().find(w.getKey());
            if (variable.isEmpty()) {
                throw new KadersInputException("gewichten", "Het cijfer '" + w.getKey() + "' bestaat niet in de "
                        + "CBS-kerncijfers. Kies een cijfer uit de lijst.");
            }
            if (!"aantal".equals(variable.get().unit())) {
                throw new KadersInputException("gewichten", "Het cijfer '" + variable.get().label() + "' is geen aantal ("
                        + variable.get().unit() + ") en kan niet verdeeld worden. Kies een aantal, zoals inwoners of huishoudens.");
            }
            if (w.getValue() == null || w.getValue().signum() <= 0) {
                throw new KadersInputException("gewichten", "Het gewicht voor '" + variable.get().label()
                        + "' moet groter dan 0 zijn.");
            }
        }
    }

    /**
     * Stores the key, adopts it for the period and stores the yearly amount per wijk. The rationale and the reference
     * (e.g. "Raadsbesluit 2026-114") are required. All or nothing.
     */
    @Transactional
    public AllocationKey adopt(long periodId, KeyInput key, String reference, LocalDate decidedOn, boolean example) {
        kaders.requireEditor();
        BudgetPeriod period = repo.periodForUpdate(periodId)
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze budgetperiode bestaat niet."));
        String name = KadersService.required("naam", key.name(), "Geef de verdeelsleutel een naam.");
        String rationale = KadersService.required("onderbouwing", key.rationale(),
                "Schrijf op waarom de raad voor deze verdeling kiest. Zonder onderbouwing kan een sleutel niet worden vastgesteld.");
        String ref = KadersService.required("referentie", reference, "Vul het nummer van het raadsbesluit in.");
        KeyInput clean = new KeyInput(name, key.baseCents(), key.figureYear(), key.weights(), rationale);
        Preview preview = compute(period, clean);
        long keyId = repo.insertKey(periodId, clean, "CONCEPT", ref, access.requireUsername());
        repo.adopt(periodId, keyId);
        for (Map.Entry<Integer, AllocationResult> year : preview.perYear().entrySet()) {
            for (AllocationResult.WijkAmount w : year.getValue().wijken()) {
                repo.insertAllocation(periodId, keyId, w.wijkCode(), year.getKey(), w.amountCents());
            }
        }
        String weights = clean.weights().entrySet().stream()
                .map(e -> preview.labels().get(e.getKey()) + " " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        decisions.record(period.gemeenteCode(), null, "ALLOCATION_KEY", keyId, "Verdeelsleutel '" + name
                        + "' vastgesteld voor " + period.name() + ": basisbedrag " + Money.format(clean.baseCents())
                        + " per wijk, gewichten " + (weights.isEmpty() ? "geen" : weights) + " (CBS " + clean.figureYear()
                        + "). Onderbouwing: " + rationale,
                ref, decidedOn, example);
        return repo.key(keyId).orElseThrow();
    }

    public List<AllocationKey> keys(long periodId) {
        return repo.keys(periodId);
    }

    public Map<String, BigDecimal> weights(long keyId) {
        return repo.weights(keyId);
    }

    /** The adopted key as input again, e.g. to recompute its explanation. */
    @Transactional(readOnly = true)
    public Preview adoptedExplanation(BudgetPeriod period) {
        if (period.adoptedKeyId() == null) {
            return null;
        }
        AllocationKey k = repo.key(period.adoptedKeyId()).orElseThrow();
        return compute(period, new KeyInput(k.name(), k.baseCents(), k.figureYear(), repo.weights(k.id()), k.rationale()));
    }

    public AllocationKey key(long id) {
        return repo.key(id).orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze verdeelsleutel bestaat niet."));
    }

    /** wijk -> (year -> adopted cents). */
    public Map<String, Map<Integer, Long>> adopted(long periodId) {
        return repo.allocations(periodId);
    }

    public Map<Integer, Long> adopted(long periodId, String wijkCode) {
        return repo.allocations(periodId, wijkCode);
    }
}

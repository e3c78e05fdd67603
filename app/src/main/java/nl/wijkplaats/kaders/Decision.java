package nl.wijkplaats.kaders;

import java.time.Instant;
import java.time.LocalDate;

/** One dated, attributed change to kaders, keys, budgets or balances. */
public record Decision(long id, String gemeenteCode, String wijkCode, String subject, Long subjectId, String summary,
                       String reference, LocalDate decidedOn, String recordedBy, Instant recordedAt, boolean example) {

    public String subjectLabel() {
        return switch (subject) {
            case "PUBLIC_VALUE" -> "Publieke waarde";
            case "FUNDING_SOURCE" -> "Financieringsbron";
            case "BUDGET_PERIOD" -> "Budgetperiode";
            case "ALLOCATION_KEY" -> "Verdeelsleutel";
            case "BUDGET_LINE" -> "Wijkbudget";
            case "ONDERGRENS" -> "Ondergrens";
            case "TREKKINGSRECHT" -> "Trekkingsrecht";
            default -> subject;
        };
    }
}

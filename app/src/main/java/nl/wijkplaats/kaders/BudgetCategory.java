package nl.wijkplaats.kaders;

/** What a wijkbudget line is for. */
public enum BudgetCategory {
    BEWONERSORGANISATIE("Ondersteuning bewonersorganisaties"),
    INITIATIEVEN("Bewonersinitiatieven"),
    PROFESSIONELE_ONDERSTEUNING("Professionele ondersteuning in opdracht van bewoners"),
    PLEKKEN("Plekken en ruimtes"),
    BEWONERSBEGROTING("Bewonersbegroting (participatief budget)");

    private final String label;

    BudgetCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package nl.wijkplaats.kaders;

/** Money the council puts into the wijkbudgetten, with its legal basis (subsidieverordening, raadsbesluit). */
public record FundingSource(long id, String gemeenteCode, String name, String legalBasis, String purpose,
                            long yearlyCents, int startYear, int endYear, boolean example) {

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }
}

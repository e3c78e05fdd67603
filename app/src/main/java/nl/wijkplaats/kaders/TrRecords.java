package nl.wijkplaats.kaders;

import java.time.Instant;
import java.time.LocalDate;

/** Types of the trekkingsrechten experiment. */
public final class TrRecords {

    private TrRecords() {
    }

    public record Scheme(long id, String gemeenteCode, String name, TrUnit unit, String description, boolean experiment,
                         boolean example) {
    }

    /** available = granted - reserved - used - expired; the database refuses anything below zero. */
    public record Balance(long id, long schemeId, String wijkCode, String holderName, long granted, long reserved,
                          long used, long expired, LocalDate expiresOn, boolean example) {

        public long available() {
            return granted - reserved - used - expired;
        }

        public boolean isExpired(LocalDate today) {
            return expiresOn != null && expiresOn.isBefore(today);
        }
    }

    public record Offer(long id, long schemeId, String providerName, String providerKind, String providerUser,
                        String title, String description, Long pricePerHour, boolean active, boolean example) {

        public String kindLabel() {
            return switch (providerKind) {
                case "WELZIJN" -> "Welzijnsorganisatie";
                case "GEMEENTE" -> "Gemeente";
                case "ZZP" -> "Zelfstandige uit de buurt";
                default -> "Anders";
            };
        }
    }

    public record Request(long id, long balanceId, long offerId, long amount, long delivered, String question,
                          TrRequestStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                          Instant decidedAt) {
    }

    public record HourLog(long id, long requestId, long amount, LocalDate workedOn, String note, String loggedBy,
                          Instant loggedAt) {
    }
}

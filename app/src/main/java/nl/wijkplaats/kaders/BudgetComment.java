package nl.wijkplaats.kaders;

import java.time.Instant;

public record BudgetComment(long id, String wijkCode, int year, String author, String body, Instant createdAt) {
}

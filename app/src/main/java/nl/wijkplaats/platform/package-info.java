/**
 * Infrastructure every module may use: the database bootstrap (embedded PostgreSQL when no external
 * database is configured), the clock, and small shared value types. No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.wijkplaats.platform;

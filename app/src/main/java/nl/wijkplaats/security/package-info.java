/**
 * Accounts, roles (optionally scoped to one wijk), form login with lockout, the audit log of security events, and
 * account management for beheerders. Other modules ask {@link nl.wijkplaats.security.WijkAccess} whether the person
 * may act in a wijk (deny by default).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts en rollen")
package nl.wijkplaats.security;

/**
 * Wijkbeeld: what a wijk has. Public places, initiatives and organisations, professional presence, collaborations,
 * sterkhouders (with consent), informal structures, history, duiding threads, ecosystem questions, outputs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wijkbeeld")
package nl.wijkplaats.wijkbeeld;

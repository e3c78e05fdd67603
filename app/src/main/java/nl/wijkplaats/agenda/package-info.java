/**
 * BuurtTop and wijktoekomstagenda: preparation, registrations, inputs, ambitions, agenda versions, werkgroepen,
 * institutional responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "BuurtTop en wijktoekomstagenda")
package nl.wijkplaats.agenda;

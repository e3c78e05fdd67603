/**
 * Kaders: the council's public values, funding sources, budget periods, allocation keys, wijkbudget lines,
 * ondergrenzen, trekkingsrechten, the decision log and geldstromen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kaders en wijkbudgetten")
package nl.wijkplaats.kaders;

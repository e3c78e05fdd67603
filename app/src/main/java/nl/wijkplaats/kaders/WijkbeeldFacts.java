package nl.wijkplaats.kaders;

import java.util.List;

/**
 * What the ondergrens checks need to know from the wijkbeeld. Owned by kaders and implemented by the wijkbeeld module,
 * so that the wijkbeeld may in turn read the council's public values (kaders) without a dependency cycle.
 */
public interface WijkbeeldFacts {

    /** The public places of a wijk (including those in its buurten), any status. */
    List<PublicPlaceFact> publicPlaces(String wijkCode);
}

package nl.wijkplaats.wijkbeeld;

import java.util.List;

/** Read-only facts from the wijkbeeld for other modules. Implemented by the wijkbeeld module. */
public interface WijkbeeldFacts {

    /** The public places of a wijk (including those in its buurten), any status. */
    List<PublicPlaceFact> publicPlaces(String wijkCode);
}

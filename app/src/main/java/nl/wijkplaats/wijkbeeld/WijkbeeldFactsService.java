package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.kaders.PublicPlaceFact;
import nl.wijkplaats.kaders.WijkbeeldFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The wijkbeeld's facts for other modules (kaders' ondergrens on accessible meeting places). */
@Service
@Transactional(readOnly = true)
class WijkbeeldFactsService implements WijkbeeldFacts {

    private final WijkbeeldRepository repository;

    WijkbeeldFactsService(WijkbeeldRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<PublicPlaceFact> publicPlaces(String wijkCode) {
        Map<Long, Integer> openDays = repository.openDays(wijkCode);
        return repository.items(wijkCode, Layer.PLACE).stream()
                .map(p -> new PublicPlaceFact(p.id(), p.wijkCode(), p.name(), p.placeStatus() == null ? p.status() : p.placeStatus().label(),
                        p.flag("wheelchair"), openDays.get(p.id())))
                .toList();
    }
}

package nl.wijkplaats.kaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The public values of a gemeente. A gemeente without any gets the default five on first use; the council may edit
 * them afterwards (the kaders pages).
 */
@Service
public class PublicValueService {

    /** slug, name, description: the default set from the council's frame. */
    static final List<String[]> DEFAULTS = List.of(
            new String[]{"duurzaamheid", "Duurzaamheid", "Zorg voor de aarde en voor later: groen, energie, minder verspilling."},
            new String[]{"leefbaarheid", "Leefbaarheid", "Een wijk waar het prettig en veilig wonen is, met plekken om elkaar te ontmoeten."},
            new String[]{"zorgzaamheid", "Zorgzaamheid", "Naar elkaar omkijken: buren, vrijwilligers en professionals samen."},
            new String[]{"delen-en-herverdelen", "Delen & herverdelen", "Geld, ruimte en kansen eerlijk verdelen, zodat iedereen mee kan doen."},
            new String[]{"inclusiviteit-en-samenleven", "Inclusiviteit & samenleven", "Iedereen hoort erbij, wat je achtergrond of beperking ook is."});

    private final JdbcClient jdbc;

    PublicValueService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active values of a gemeente, in their order. Adds the default five the first time. */
    @Transactional
    public List<PublicValue> values(String gemeenteCode) {
        ensureDefaults(gemeenteCode);
        return jdbc.sql("select * from public_value where gemeente_code = ? and active order by position, id")
                .param(gemeenteCode).query(PublicValue.class).list();
    }

    /** All values including inactive ones (for the kaders pages). */
    @Transactional
    public List<PublicValue> allValues(String gemeenteCode) {
        ensureDefaults(gemeenteCode);
        return jdbc.sql("select * from public_value where gemeente_code = ? order by position, id")
                .param(gemeenteCode).query(PublicValue.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<PublicValue> find(long id) {
        return jdbc.sql("select * from public_value where id = ?").param(id).query(PublicValue.class).optional();
    }

    private void ensureDefaults(String gemeenteCode) {
        int position = 0;
        boolean any = jdbc.sql("select count(*) from public_value where gemeente_code = ?").param(gemeenteCode)
                .query(Integer.class).single() > 0;
        if (any) {
            return;
        }
        for (String[] v : DEFAULTS) {
            jdbc.sql("insert into public_value (gemeente_code, slug, name, description, position) values (?, ?, ?, ?, ?) "
                            + "on conflict (gemeente_code, slug) do nothing")
                    .params(gemeenteCode, v[0], v[1], v[2], position++).update();
        }
    }
}

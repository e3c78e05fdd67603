package nl.wijkplaats.agenda;

import java.util.List;

/** An ambition with its themes and the inputs it came from (traceability). */
public record AmbitionView(Ambition ambition, List<Theme> themes, List<Input> inputs) {

    /** True when none of its themes is a council public value: the residents' own goal. */
    public boolean ownGoal() {
        return themes.stream().noneMatch(Theme::publicValue);
    }

    public int peopleBehind() {
        return inputs.stream().mapToInt(Input::peopleCount).sum();
    }
}

package nl.wijkplaats.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Collects the links modules contribute, for the layout ({@code @navigation}) and the wijk page. */
@Component("navigation")
public class Navigation {

    private final List<NavLink> main;
    private final List<WijkLink> wijk;

    Navigation(ObjectProvider<NavLink> main, ObjectProvider<WijkLink> wijk) {
        this.main = main.orderedStream().sorted(Comparator.comparingInt(NavLink::order)).toList();
        this.wijk = wijk.orderedStream().sorted(Comparator.comparingInt(WijkLink::order)).toList();
    }

    public List<NavLink> main() {
        return main;
    }

    public List<WijkLink> wijk() {
        return wijk;
    }
}

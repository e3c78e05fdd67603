package nl.wijkplaats.wijkbeeld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple drawing of the collaborations: the partners on a circle, a line per collaboration. Drawn on the server as
 * SVG, so it needs no script; the list next to it carries the same information for screen readers.
 */
public record Network(int size, List<Node> nodes, List<Edge> edges) {

    public record Node(long id, String name, String layer, double x, double y, String anchor) {
    }

    public record Edge(double x1, double y1, double x2, double y2, boolean worksWell) {
    }

    static Network of(List<Link> links) {
        int size = 520;
        Map<Long, String[]> partners = new LinkedHashMap<>();
        for (Link l : links) {
            partners.putIfAbsent(l.fromItem(), new String[]{l.fromName(), l.fromLayer()});
            partners.putIfAbsent(l.toItem(), new String[]{l.toName(), l.toLayer()});
        }
        double radius = 150;
        double c = size / 2.0;
        Map<Long, Node> nodes = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Long, String[]> p : partners.entrySet()) {
            double angle = 2 * Math.PI * i++ / Math.max(1, partners.size()) - Math.PI / 2;
            double x = Math.round((c + radius * Math.cos(angle)) * 10) / 10.0;
            double y = Math.round((c + radius * Math.sin(angle)) * 10) / 10.0;
            String anchor = Math.abs(x - c) < 1 ? "middle" : x > c ? "start" : "end";
            nodes.put(p.getKey(), new Node(p.getKey(), p.getValue()[0], p.getValue()[1], x, y, anchor));
        }
        List<Edge> edges = new ArrayList<>();
        for (Link l : links) {
            Node a = nodes.get(l.fromItem());
            Node b = nodes.get(l.toItem());
            edges.add(new Edge(a.x(), a.y(), b.x(), b.y(), l.worksWell()));
        }
        return new Network(size, List.copyOf(nodes.values()), edges);
    }

    /** Label position just outside the circle, so text does not cover the lines. */
    public double labelX(Node n) {
        return n.anchor().equals("start") ? n.x() + 10 : n.anchor().equals("end") ? n.x() - 10 : n.x();
    }

    public double labelY(Node n) {
        return n.y() < size / 2.0 ? n.y() - 10 : n.y() + 18;
    }
}

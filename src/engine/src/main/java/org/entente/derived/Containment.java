package org.entente.derived;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.Region;

/**
 * The regions above a region, through any number of {@code within} steps and along every path. Rules ask it with
 * {@code from} over the given regions instead of deriving containment from derived containment: that self-recursive
 * form kept facts after a retraction in a live session under Drools 10.2, so this is the one place the chains are
 * walked (GeographyRulesTest pins depth and retraction).
 */
public final class Containment {

    private Containment() {
    }

    /** Every region {@code region} lies within (itself excluded), each with the regions on the paths to it. */
    public static List<Ancestor> above(Region region, Collection<?> regions) {
        Map<String, Region> byId = new HashMap<>();
        for (Object each : regions) {
            Region known = (Region) each;
            byId.put(known.id(), known);
        }
        Map<String, Set<Region>> paths = new LinkedHashMap<>();
        walk(region, byId, new ArrayList<>(List.of(region)), paths);
        List<Ancestor> ancestors = new ArrayList<>(paths.size());
        paths.forEach((id, path) -> ancestors.add(new Ancestor(id, List.copyOf(path))));
        return ancestors;
    }

    private static void walk(Region at, Map<String, Region> byId, List<Region> path, Map<String, Set<Region>> paths) {
        for (String parentId : at.within()) {
            Region parent = byId.get(parentId);
            if (parent == null || path.contains(parent)) {
                continue;
            }
            path.add(parent);
            paths.computeIfAbsent(parentId, id -> new LinkedHashSet<>()).addAll(path);
            walk(parent, byId, path, paths);
            path.remove(path.size() - 1);
        }
    }
}

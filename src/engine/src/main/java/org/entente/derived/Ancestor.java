package org.entente.derived;

import java.util.List;
import org.entente.domain.Region;

/**
 * A region some region lies within, and the given regions on the way there (both ends included): what a containment
 * rests on.
 */
public record Ancestor(String region, List<Region> path) {
}

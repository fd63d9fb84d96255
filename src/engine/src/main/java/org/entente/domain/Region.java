package org.entente.domain;

import java.util.List;

/**
 * A region; {@code within} names the regions that contain it (none, one or several: Turkey's east lies in Europe's
 * neighbourhood and in the treaty area). Containment is transitive to any depth.
 */
public record Region(String id, String name, List<String> within) implements Named {
    public Region {
        within = within == null ? List.of() : List.copyOf(within);
    }
}

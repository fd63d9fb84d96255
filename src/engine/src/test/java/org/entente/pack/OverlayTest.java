package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * An overlay reads as a copy of its base would after the same puts and removes, in the same order: the order in which
 * a scenario's world lists its facts, and checks walk them.
 */
class OverlayTest {

    @Property(tries = 300)
    void anOverlayReadsAsACopyOfItsBaseChangedTheSameWay(
            @ForAll @IntRange(min = 0, max = 8) int baseSize,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 35) Integer> operations) {
        Map<String, Declared> base = new LinkedHashMap<>();
        for (int index = 0; index < baseSize; index++) {
            base.put("f" + index, marker("base " + index));
        }
        Overlay overlay = new Overlay(Collections.unmodifiableMap(base));
        Map<String, Declared> copy = new LinkedHashMap<>(base);
        int step = 0;
        for (int operation : operations) {
            // Ids f0 to f11: some in the base, some not; even operations put, odd ones remove.
            String id = "f" + operation / 3;
            if (operation % 2 == 0) {
                Declared value = marker("step " + step++);
                assertThat(overlay.put(id, value)).isEqualTo(copy.put(id, value));
            } else {
                assertThat(overlay.remove(id)).isEqualTo(copy.remove(id));
            }
            assertThat(new ArrayList<>(overlay.entrySet())).isEqualTo(new ArrayList<>(copy.entrySet()));
            assertThat(overlay).hasSize(copy.size());
            for (int index = 0; index < 12; index++) {
                assertThat(overlay.get("f" + index)).isEqualTo(copy.get("f" + index));
                assertThat(overlay.containsKey("f" + index)).isEqualTo(copy.containsKey("f" + index));
            }
        }
        assertThat(overlay.changed()).allSatisfy(id -> assertThat(overlay.get(id)).isNotSameAs(base.get(id)));
        copy.forEach((id, declared) -> {
            if (declared != base.get(id)) {
                assertThat(overlay.changed()).contains(id);
            }
        });
    }

    private static Declared marker(String pointer) {
        return new Declared(null, null, null, pointer);
    }
}

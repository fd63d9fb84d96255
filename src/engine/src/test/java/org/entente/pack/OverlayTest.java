package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An overlay reads as a copy of its base would after the same puts and removes, in the same order: the order in which
 * a scenario's world lists its facts, and checks walk them. Over 1,000 sequences of up to 20 puts and removes, drawn
 * from a fixed seed so a failure repeats.
 */
class OverlayTest {

    @Test
    void anOverlayReadsAsACopyOfItsBaseChangedTheSameWay() {
        Random random = new Random(29);
        for (int draw = 0; draw < 1_000; draw++) {
            List<Integer> operations = new ArrayList<>();
            for (int count = random.nextInt(21); count > 0; count--) {
                operations.add(random.nextInt(36));
            }
            readsAsACopy(random.nextInt(9), operations);
        }
    }

    private static void readsAsACopy(int baseSize, List<Integer> operations) {
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

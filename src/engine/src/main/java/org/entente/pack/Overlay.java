package org.entente.pack;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A world's facts by id as a scenario changes them, kept as the changes over a baseline's rather than a copy of it:
 * a what-if changes a handful of facts in a world of hundreds or thousands. It iterates in the order a
 * {@link LinkedHashMap} copied from the baseline would after the same puts and removes (a fact modified keeps its
 * place; a new one, or one retracted and asserted again, comes last), so what reads it in order reads the same.
 */
public final class Overlay extends AbstractMap<String, Declared> {

    private final Map<String, Declared> base;
    private final Map<String, Declared> replaced = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, Declared> appended = new LinkedHashMap<>();

    /** @param base the baseline's facts by id, which must not change while the overlay is used */
    public Overlay(Map<String, Declared> base) {
        this.base = base;
    }

    /** The ids whose fact differs from the baseline's, or that the baseline lacks, in the order first changed. */
    public Set<String> changed() {
        Set<String> changed = new LinkedHashSet<>(removed);
        changed.addAll(replaced.keySet());
        changed.addAll(appended.keySet());
        return changed;
    }

    @Override
    public Declared get(Object id) {
        Declared added = appended.get(id);
        if (added != null || removed.contains(id)) {
            return added;
        }
        Declared changed = replaced.get(id);
        return changed != null ? changed : base.get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        return appended.containsKey(id) || (!removed.contains(id) && base.containsKey(id));
    }

    @Override
    public Declared put(String id, Declared declared) {
        if (appended.containsKey(id)) {
            return appended.put(id, declared);
        }
        if (!removed.contains(id) && base.containsKey(id)) {
            Declared was = replaced.put(id, declared);
            return was != null ? was : base.get(id);
        }
        return appended.put(id, declared);
    }

    @Override
    public Declared remove(Object id) {
        Declared added = appended.remove(id);
        if (added != null) {
            return added;
        }
        if (removed.contains(id) || !base.containsKey(id)) {
            return null;
        }
        removed.add((String) id);
        Declared changed = replaced.remove(id);
        return changed != null ? changed : base.get(id);
    }

    @Override
    public int size() {
        return base.size() - removed.size() + appended.size();
    }

    @Override
    public Set<Entry<String, Declared>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Declared>> iterator() {
                return new Iterator<>() {
                    private final Iterator<Entry<String, Declared>> kept = base.entrySet().iterator();
                    private final Iterator<Entry<String, Declared>> added = appended.entrySet().iterator();
                    private Entry<String, Declared> next = advance();

                    private Entry<String, Declared> advance() {
                        while (kept.hasNext()) {
                            Entry<String, Declared> entry = kept.next();
                            if (!removed.contains(entry.getKey())) {
                                Declared changed = replaced.get(entry.getKey());
                                return changed == null ? entry : new SimpleImmutableEntry<>(entry.getKey(), changed);
                            }
                        }
                        return added.hasNext() ? new SimpleImmutableEntry<>(added.next()) : null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Entry<String, Declared> next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Declared> current = next;
                        next = advance();
                        return current;
                    }
                };
            }

            @Override
            public int size() {
                return Overlay.this.size();
            }
        };
    }
}

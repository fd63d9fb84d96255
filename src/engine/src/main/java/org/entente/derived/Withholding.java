package org.entente.derived;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.entente.domain.Stance;

/**
 * A member withholds its consent to an initiative of its organisation: it opposes it, delays it, or consents on a
 * condition that does not hold (the fact it names is not in the world).
 */
public record Withholding(String actor, String organisation, String initiative, Stance stance, List<String> basis)
        implements Derived {

    @Override
    public String id() {
        return "withholding:" + actor + ":" + initiative;
    }

    @Override
    public String statement() {
        return "{%s} withholds its consent to {%s}: it %s it".formatted(actor, initiative, verb(stance));
    }

    /** {@code {FRA} opposes it; {HUN} delays it}: what kind of objection each member makes, in id order. */
    public static String describe(Collection<?> withholdings) {
        return String.join("; ", withholdings.stream().map(Withholding.class::cast)
                .sorted(Comparator.comparing(Withholding::actor))
                .map(each -> "{%s} %s it".formatted(each.actor(), verb(each.stance()))).toList());
    }

    private static String verb(Stance stance) {
        return stance == Stance.CONDITIONAL ? "sets a condition that has not been met for" : stance.verb();
    }
}

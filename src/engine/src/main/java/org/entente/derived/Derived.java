package org.entente.derived;

import java.util.List;
import org.entente.domain.Fact;

/**
 * A fact the rules infer with {@code insertLogical}: it lives only while what it was inferred from lives.
 * {@code basis} names the facts (given or derived) it was inferred from, so every inference can be explained
 * down to given facts and their quotes.
 */
public interface Derived extends Fact {

    List<String> basis();

    /** One sentence saying what was inferred; {@code {id}} placeholders are replaced by the facts' names. */
    String statement();
}

package org.entente.draft;

import java.util.List;

/** One sentence of the article, verbatim (so it is the evidence of what is drafted from it), and its tokens. */
record Sentence(String text, int offset, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The verbatim text from token {@code from} up to (not including) token {@code to}. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}

package org.entente.draft;

import java.util.Locale;

/** One word of a sentence: its text, where it stands in the sentence, its universal part of speech and lemma. */
record Token(String text, int start, int end, String pos, String lemma) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean possessiveMark() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }
}

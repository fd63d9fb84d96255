package org.entente.pack;

/**
 * Marks a fact written by {@code entente draft}: how sure the drafter was and which of its patterns matched.
 *
 * @param confidence from 0 to 1
 */
public record Drafted(double confidence, String pattern) {
}

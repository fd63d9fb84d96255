package org.entente.pack;

/** A named public source for background knowledge the article implies but does not list. */
public record Reference(String title, String url) {
}

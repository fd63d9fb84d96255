package org.entente.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputError;
import org.entente.io.PathNames;

/** A source text that evidence quotes must be found in, compared with runs of white space folded to one space. */
public record Article(String source, String text) {

    public static Article read(Path path, String citedFrom) {
        try {
            return new Article(PathNames.display(path), Files.readString(path));
        } catch (IOException e) {
            throw new InputError(citedFrom, "cannot read the article " + PathNames.display(path) + ": " + e.getMessage());
        }
    }

    public boolean quotes(String quote) {
        String folded = fold(quote);
        return !folded.isEmpty() && fold(text).contains(folded);
    }

    static String fold(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}

package org.entente.pack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.entente.InputError;

/** Dates as packs, scenarios and the command line write them: ISO 8601, {@code 2023-07-07}. */
public final class Dates {

    private Dates() {
    }

    /** @param where the place named if {@code text} is not a date */
    public static LocalDate parse(String text, String where) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputError(where, "'%s' is not a date; write it as YYYY-MM-DD, like 2023-07-07".formatted(text));
        }
    }
}

package org.entente.domain;

import java.time.LocalDate;

public record Event(String id, String name, EventKind kind, String location, LocalDate date, String organiser)
        implements Named {
}

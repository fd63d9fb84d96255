package org.entente.result;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a timeline: how many findings hold on it, and the ids of those that appear and vanish that day.
 *
 * @param day the day a fact starts or stops holding (or, for the first step, the day before the first such day)
 */
public record TimelineStep(LocalDate day, int findings, List<String> appeared, List<String> vanished) {

    public TimelineStep {
        appeared = List.copyOf(appeared);
        vanished = List.copyOf(vanished);
    }
}

package org.entente.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a finding rule's {@code @aligned} and {@code @against} metadata: clauses separated by {@code ;}, each naming
 * two roles of the finding. {@code @aligned("supporter ~ aggressor")} says the supporter and the aggressor stand
 * together; {@code @against("blockers -> initiative")} says each blocker acts against the initiative. A role may
 * face itself ({@code namers ~ namers}: everyone naming the same challenge stands together).
 */
public final class RoleLinks {

    public static final String ALIGNED = "aligned";
    public static final String AGAINST = "against";

    private static final Pattern ALIGNED_CLAUSE = Pattern.compile("\\s*([a-z][a-zA-Z]*)\\s*~\\s*([a-z][a-zA-Z]*)\\s*");
    private static final Pattern AGAINST_CLAUSE = Pattern.compile("\\s*([a-z][a-zA-Z]*)\\s*->\\s*([a-z][a-zA-Z]*)\\s*");

    /** Two roles and how the first stands to the second. */
    public record Clause(String from, String to, boolean aligned) {
    }

    private RoleLinks() {
    }

    /**
     * The clauses of both metadata values (either may be null).
     *
     * @throws IllegalArgumentException naming the clause that is not {@code role ~ role} or {@code role -> role}
     */
    public static List<Clause> parse(Object aligned, Object against) {
        List<Clause> clauses = new ArrayList<>();
        add(clauses, aligned, ALIGNED_CLAUSE, true, "role ~ role");
        add(clauses, against, AGAINST_CLAUSE, false, "role -> role");
        return List.copyOf(clauses);
    }

    private static void add(List<Clause> clauses, Object metadata, Pattern clause, boolean aligned, String shape) {
        if (metadata == null) {
            return;
        }
        for (String part : Findings.unquote(metadata.toString()).split(";")) {
            Matcher matcher = clause.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("@" + (aligned ? ALIGNED : AGAINST) + " clause '" + part.strip()
                        + "' is not '" + shape + "'");
            }
            clauses.add(new Clause(matcher.group(1), matcher.group(2), aligned));
        }
    }
}

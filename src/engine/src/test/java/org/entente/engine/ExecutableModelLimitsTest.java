package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the Drools 10.2 limit behind the one workaround left in rules/ (consistency.drl): the executable model cannot
 * type a constraint on a Set collected by an accumulate. When this test fails, Drools has lifted the limit and the
 * rule can say {@code $members.size() != $claimed} in its accumulate.
 */
class ExecutableModelLimitsTest {

    @TempDir
    Path rules;

    @Test
    void theExecutableModelRefusesAConstraintOnACollectedSetThatCompiledDrlAccepts() throws IOException {
        Files.writeString(rules.resolve("members.drl"), """
                package org.entente.rules;
                import org.entente.domain.*;

                rule "An organisation with two members"
                when
                    $organisation : Actor()
                    accumulate( Membership(organisation == $organisation.id(), $member : member);
                                $members : collectSet($member); $members.size() >= 2 )
                then
                end
                """);
        RuleBook.RuleSources sources = RuleBook.RuleSources.read(rules);

        assertThat(RuleBook.load(rules).catalogue()).hasSize(1);
        assertThat(ExecutableModel.build(sources)).isNull();
    }
}

package example;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.api.Analyser;
import org.entente.api.Scenario;
import org.entente.api.Scenarios;
import org.entente.result.Analysis;
import org.entente.result.Explanation;
import org.entente.result.WhatIf;

public class Consumer {

    public static void main(String[] args) throws Exception {
        // Once: compile the rules and validate the packs (seconds). Then share the analyser freely.
        Analyser analyser = Analyser.load(Path.of("rules"), List.of(Path.of("seeds", "vilnius-2023.yaml")));

        Analysis baseline = analyser.analyse();
        System.out.println(baseline.findings().size() + " findings in the baseline");

        // A scenario in code (Scenarios.read(path) and Scenarios.parse(label, text) read YAML or JSON).
        Scenario franceComesRound = Scenarios.named("France drops its objection to an office in Asia")
                .modifyWhere("Position", Map.of("actor", "FRA", "initiative", "nato-asia-office"),
                        Map.of("stance", "SUPPORTS"))
                .build();
        Scenario japanJoins = Scenarios.named("Japan joins NATO")
                .add("Membership", Map.of("member", "JPN", "organisation", "NATO"))
                .build();

        // Any number of threads may call one analyser: each call runs in its own rules session.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<WhatIf>> results = new ArrayList<>();
        for (Scenario scenario : List.of(franceComesRound, japanJoins)) {
            results.add(pool.submit(() -> analyser.whatIf(scenario)));
        }
        for (Future<WhatIf> result : results) {
            WhatIf whatIf = result.get();
            System.out.println(whatIf.scenario().name() + ": removed " + whatIf.diff().removed()
                    + ", added " + whatIf.diff().added());
        }
        pool.shutdown();

        // Why does a finding hold? The rule, then the facts down to the article's sentences.
        Explanation why = analyser.explain("consensus-blocked:nato-asia-office", japanJoins);
        System.out.println(why.id() + " rests on " + why.because().size() + " facts, by rule \"" + why.rule() + "\"");
    }
}

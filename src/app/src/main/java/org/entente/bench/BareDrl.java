package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.entente.derived.FindingFact;
import org.entente.domain.Fact;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * The obvious alternative the benchmark compares start-up against: a plain Drools program that compiles the DRL
 * at run time, inserts the same facts and fires. Usage: {@code BareDrl RULES_DIR PACK}.
 */
public final class BareDrl {

    private BareDrl() {
    }

    public static void main(String[] args) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path drl : files.filter(file -> file.toString().endsWith(".drl")).sorted().toList()) {
                kfs.write("src/main/resources/rules/" + drl.getFileName(), Files.readAllBytes(drl));
            }
        }
        ReleaseId releaseId = services.newReleaseId("bench", "bare", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        services.newKieBuilder(kfs).buildAll(DrlProject.class);
        KieSession session = services.newKieContainer(releaseId).getKieBase().newKieSession();
        List<Fact> facts = PackLoader.load(RelationKinds.read(Path.of(args[0])),
                Stream.of(args).skip(1).map(Path::of).toList()).facts();
        facts.forEach(session::insert);
        session.fireAllRules();
        long findings = session.getObjects(object -> object instanceof FindingFact).size();
        System.out.println(findings + " findings");
        session.dispose();
    }
}

package org.entente.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rules compiled to Drools' executable model: plain Java classes, so loading them later skips parsing and
 * compiling DRL. The module travels as the bytes of a kjar (with its kmodule.xml).
 */
final class ExecutableModel {

    record Built(KieBase kieBase, byte[] bytes) {
    }

    private ExecutableModel() {
    }

    /** Builds the executable model of the rules, or returns null when it cannot (the DRL compiler then says why). */
    static Built build(RuleBook.RuleSources sources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        sources.files().forEach((name, drl) -> kfs.write(RuleBook.KIE_PATH + name, drl));
        ReleaseId releaseId = services.newReleaseId("org.entente", "rules-model", "1.0.0-" + sources.digest().substring(0, 16));
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(services.newKieModuleModel().toXML());
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            return null;
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        try {
            KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
            return new Built(kieBase, module.getBytes());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** Loads a module built by {@link #build}; throws if the bytes are not such a module. */
    static KieBase load(byte[] bytes) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(bytes));
        try {
            return services.newKieContainer(module.getReleaseId()).getKieBase();
        } finally {
            services.getRepository().removeKieModule(module.getReleaseId());
        }
    }
}

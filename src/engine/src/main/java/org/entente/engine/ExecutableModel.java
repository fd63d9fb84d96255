package org.entente.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rules compiled to Drools' executable model: plain Java classes, so loading them later skips parsing and
 * compiling DRL. The module travels as the bytes of a kjar (with its kmodule.xml).
 */
final class ExecutableModel {

    /** The kjar entry that names the module's model classes, after a line with the model format's version. */
    private static final String MODEL_LIST = "drools-model";
    private static final String MODEL_VERSION = "Drools-Model-Version:";

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

    /**
     * Loads a module built by {@link #build}; throws if the bytes are not such a module. The rule classes are defined
     * straight from the kjar and handed to {@link KieBaseBuilder}: a KieContainer would parse the module's
     * kmodule.xml with XStream and register the module in Drools' repository, which the cached path does not need.
     */
    static KieBase load(byte[] bytes) {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/" + MODEL_LIST)) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith(MODEL_VERSION)).forEach(models::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a rule module: " + e.getMessage(), e);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the rule module lists no executable model");
        }
        ModuleClassLoader loader = new ModuleClassLoader(classes, ExecutableModel.class.getClassLoader());
        List<Model> loaded = new ArrayList<>();
        for (String model : models) {
            try {
                loaded.add((Model) loader.loadClass(model).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot load the rule model " + model + ": " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(loaded);
    }

    /** The classes of one rule module, defined on demand from its bytes; everything else comes from Entente's loader. */
    private static final class ModuleClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ModuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("entente-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}

package org.entente.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.entente.InputError;
import org.entente.api.RuleInfo;
import org.entente.derived.Findings;
import org.entente.pack.Paths;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The rules of one {@code rules/} folder, compiled once into a KieBase that any number of sessions share.
 * DRL is read at run time so an analyst can edit a rule without recompiling Java.
 */
public final class RuleBook {

    private static final String KIE_PATH = "src/main/resources/org/entente/rules/";

    private final KieBase kieBase;
    private final List<RuleInfo> catalogue;
    private final String folder;

    private RuleBook(KieBase kieBase, List<RuleInfo> catalogue, String folder) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.folder = folder;
    }

    /** Compiles every {@code *.drl} file of the folder; a compile error names file, line and column. */
    public static RuleBook load(Path folder) {
        List<Path> files = drlFiles(folder);
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        MessageDigest digest = sha256();
        for (Path file : files) {
            byte[] drl = read(file);
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(drl);
            kfs.write(KIE_PATH + file.getFileName(), drl);
        }
        // A release id per content keeps rule books of different folders (or edits) apart in Drools' repository.
        ReleaseId releaseId = services.newReleaseId("org.entente", "rules",
                "1.0.0-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw compileError(folder, errors.get(0));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return new RuleBook(kieBase, catalogue(kieBase), Paths.display(folder));
    }

    private static List<Path> drlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputError(Paths.display(folder), "no such rules folder");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
            if (files.isEmpty()) {
                throw new InputError(Paths.display(folder), "the rules folder holds no .drl file");
            }
            return files;
        } catch (IOException e) {
            throw new InputError(Paths.display(folder), "cannot list the rules folder: " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(Paths.display(file), "cannot read: " + e.getMessage());
        }
    }

    private static InputError compileError(Path folder, Message error) {
        String path = error.getPath() == null ? "" : error.getPath();
        // Drools names the file by its path in the KieFileSystem, with or without src/main/resources/.
        String file = path.substring(path.lastIndexOf('/') + 1);
        String where = Paths.display(folder.resolve(file));
        if (error.getLine() > 0) {
            where += ":" + error.getLine() + ":" + Math.max(error.getColumn(), 0);
        }
        String text = error.getText().lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((first, second) -> first + " " + second).orElse("does not compile");
        return new InputError(where, "rule does not compile: " + text);
    }

    private static List<RuleInfo> catalogue(KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object finding = rule.getMetaData().get(Findings.FINDING);
                Object kind = rule.getMetaData().get(Findings.KIND);
                rules.add(new RuleInfo(rule.getName(),
                        finding == null ? null : Findings.unquote(finding.toString()),
                        kind == null ? RuleInfo.CLASSIFICATION : Findings.unquote(kind.toString()),
                        sourceFile(rule)));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    private static String sourceFile(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return "?";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    KieSession newSession() {
        return kieBase.newKieSession();
    }

    public List<RuleInfo> catalogue() {
        return catalogue;
    }

    /** The folder the rules were read from, as shown to the user. */
    public String folder() {
        return folder;
    }
}

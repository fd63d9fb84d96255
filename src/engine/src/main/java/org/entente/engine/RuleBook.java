package org.entente.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.entente.InputError;
import org.entente.derived.Findings;
import org.entente.derived.RoleLinks;
import org.entente.io.Digest;
import org.entente.io.PathNames;
import org.entente.result.FindingKind;
import org.entente.result.RuleInfo;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of one {@code rules/} folder, compiled once into a KieBase that any number of sessions share.
 * DRL is read at run time so an analyst can edit a rule without recompiling Java; with a {@link RuleCache} the
 * compiled form is kept between runs, so unchanged rules are never compiled twice.
 */
public final class RuleBook {

    static final String KIE_PATH = "src/main/resources/org/entente/rules/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
    /** Rule metadata: what an article says that makes a finding rule fire, for the catalogue. */
    static final String PATTERN = "pattern";
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    /**
     * Rules already compiled in this process, by what they were compiled from (the DRL files' content, or the bytes
     * of the cache entry they were loaded from), so loading the same rules again (the many analysers of a test suite,
     * a reload after only a pack changed, an embedder's second analyser) shares one KieBase instead of compiling it
     * again; a KieBase is immutable once built and safe to share between sessions and threads. Only the latest few:
     * each edit of the rules under {@code serve --watch} is a new entry.
     */
    private static final Map<String, KieBase> COMPILED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
                    return size() > 8;
                }
            });

    private final KieBase kieBase;
    private final List<RuleInfo> catalogue;
    private final String folder;
    private final boolean fromCache;
    private final Duration budget;

    private RuleBook(KieBase kieBase, List<RuleInfo> catalogue, String folder, boolean fromCache) {
        this(kieBase, catalogue, folder, fromCache, FiringCap.DEFAULT_BUDGET);
    }

    private RuleBook(KieBase kieBase, List<RuleInfo> catalogue, String folder, boolean fromCache, Duration budget) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.folder = folder;
        this.fromCache = fromCache;
        this.budget = budget;
    }

    /** The same rules with another time budget for each run (a firing of the rules to rest). */
    public RuleBook withBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget is positive, not " + budget);
        }
        return new RuleBook(kieBase, catalogue, folder, fromCache, budget);
    }

    /** How long one run of the rules may take before it is stopped and the rule in progress is named. */
    public Duration budget() {
        return budget;
    }

    /**
     * Compiles every {@code *.drl} file of the folder from DRL, once per process for the same contents; a compile
     * error names file, line and column.
     */
    public static RuleBook load(Path folder) {
        RuleSources sources = RuleSources.read(folder);
        String key = "drl:" + sources.digest();
        KieBase kieBase = COMPILED.get(key);
        if (kieBase == null) {
            kieBase = compileDrl(sources);
            COMPILED.put(key, kieBase);
        }
        return new RuleBook(kieBase, catalogue(kieBase, sources), sources.display(), false);
    }

    /**
     * Loads the folder's rules from the cache when an entry for exactly these rules (and this Drools and Entente
     * build) is there and sound; otherwise compiles them to an executable model, stores that, and uses it.
     */
    public static RuleBook load(Path folder, RuleCache cache) {
        RuleSources sources = RuleSources.read(folder);
        String key = cache.keyFor(sources);
        RuleBook found = fromCache(sources, cache, key);
        if (found != null) {
            return found;
        }
        try (RuleCache.Building building = cache.building(key)) {
            // Whoever held the lock before may have stored the entry meanwhile.
            found = fromCache(sources, cache, key);
            if (found != null) {
                return found;
            }
            ExecutableModel.Built built = ExecutableModel.build(sources);
            if (built != null) {
                cache.write(key, built.bytes());
                COMPILED.put("model:" + Digest.of(built.bytes()), built.kieBase());
                return new RuleBook(built.kieBase(), catalogue(built.kieBase(), sources), sources.display(), false);
            }
        }
        // The executable model refused the rules: the DRL compiler names the fault in DRL terms, or, if it accepts
        // them, runs them uncached.
        return load(folder);
    }

    /** The rules of a sound cache entry for these sources, or null (an unusable entry is evicted). */
    private static RuleBook fromCache(RuleSources sources, RuleCache cache, String key) {
        // The entry on disk is read and checked every time, so a damaged one is always found; memory only saves
        // loading the same bytes again, which is what takes the time.
        byte[] cached = cache.read(key);
        if (cached != null) {
            String inMemory = "model:" + Digest.of(cached);
            KieBase loaded = COMPILED.get(inMemory);
            try {
                KieBase kieBase = loaded != null ? loaded : ExecutableModel.load(cached);
                COMPILED.put(inMemory, kieBase);
                return new RuleBook(kieBase, catalogue(kieBase, sources), sources.display(), true);
            } catch (RuntimeException | LinkageError unusable) {
                LOG.info("ignoring an unusable rule cache entry {}: {}", key, unusable.toString());
                cache.evict(key);
            }
        }
        return null;
    }

    private static KieBase compileDrl(RuleSources sources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        sources.files().forEach((name, drl) -> kfs.write(KIE_PATH + name, drl));
        // A release id per content keeps rule books of different folders (or edits) apart in Drools' repository.
        ReleaseId releaseId = services.newReleaseId("org.entente", "rules", "1.0.0-" + sources.digest().substring(0, 16));
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw compileError(sources.folder(), errors.get(0));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    static InputError compileError(Path folder, Message error) {
        String path = error.getPath() == null ? "" : error.getPath();
        // Drools names the file by its path in the KieFileSystem, with or without src/main/resources/.
        String file = path.substring(path.lastIndexOf('/') + 1);
        String where = PathNames.display(folder.resolve(file));
        if (error.getLine() > 0) {
            where += ":" + error.getLine() + ":" + Math.max(error.getColumn(), 0);
        }
        String text = error.getText().lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((first, second) -> first + " " + second).orElse("does not compile");
        return new InputError(where, "rule does not compile: " + text);
    }

    private static List<RuleInfo> catalogue(KieBase kieBase, RuleSources sources) {
        Map<String, String> fileOfRule = sources.fileOfEachRule();
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object finding = rule.getMetaData().get(Findings.FINDING);
                String file = sourceFile(rule, fileOfRule);
                rules.add(new RuleInfo(rule.getName(), finding == null ? null : Findings.unquote(finding.toString()),
                        finding == null ? null : kindOf(rule, PathNames.display(sources.folder().resolve(file))),
                        file, links(rule, sources, file), pattern(rule)));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    /** A finding rule's {@code @kind}, checked when the rules load rather than when the rule first fires. */
    private static FindingKind kindOf(Rule rule, String file) {
        Object kind = rule.getMetaData().get(Findings.KIND);
        String label = kind == null ? "" : Findings.unquote(kind.toString());
        return FindingKind.ofLabel(label).orElseThrow(() -> new InputError(file, "rule \"" + rule.getName()
                + "\": @kind(" + label + ") is not one of tension, alignment, inconsistency"));
    }

    private static String pattern(Rule rule) {
        Object pattern = rule.getMetaData().get(PATTERN);
        return pattern == null ? null : Findings.unquote(pattern.toString());
    }

    /** A rule's {@code @aligned} and {@code @against} metadata; a malformed clause names the rule's file and name. */
    private static List<RuleInfo.Link> links(Rule rule, RuleSources sources, String file) {
        try {
            return RoleLinks.parse(rule.getMetaData().get(RoleLinks.ALIGNED), rule.getMetaData().get(RoleLinks.AGAINST))
                    .stream().map(clause -> new RuleInfo.Link(clause.from(), clause.to(),
                            clause.aligned() ? RuleInfo.Stand.ALIGNED : RuleInfo.Stand.AGAINST))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            throw new InputError(PathNames.display(sources.folder().resolve(file)),
                    "rule \"" + rule.getName() + "\": " + malformed.getMessage());
        }
    }

    /** The DRL file a rule came from: Drools knows it for compiled DRL; for the executable model, the sources tell. */
    private static String sourceFile(Rule rule, Map<String, String> fileOfRule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return fileOfRule.getOrDefault(rule.getName(), "?");
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

    /** Whether the compiled rules came from the cache rather than being compiled by this load. */
    public boolean fromCache() {
        return fromCache;
    }

    /** The {@code .drl} files of a folder, by file name, and a digest of their names and contents. */
    record RuleSources(Path folder, Map<String, byte[]> files, String digest) {

        static RuleSources read(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new InputError(PathNames.display(folder), "no such rules folder");
            }
            List<Path> drl;
            try (Stream<Path> listing = Files.list(folder)) {
                drl = listing.filter(path -> path.getFileName().toString().endsWith(".drl"))
                        .sorted(Comparator.comparing(Path::getFileName)).toList();
            } catch (IOException e) {
                throw new InputError(PathNames.display(folder), "cannot list the rules folder: " + e.getMessage());
            }
            if (drl.isEmpty()) {
                throw new InputError(PathNames.display(folder), "the rules folder holds no .drl file");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            Digest digest = new Digest();
            for (Path file : drl) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new InputError(PathNames.display(file), "cannot read: " + e.getMessage());
                }
                files.put(file.getFileName().toString(), bytes);
                digest.add(file.getFileName().toString().getBytes(StandardCharsets.UTF_8)).add(bytes);
            }
            return new RuleSources(folder, files, digest.hex());
        }

        String display() {
            return PathNames.display(folder);
        }

        Map<String, String> fileOfEachRule() {
            Map<String, String> fileOf = new HashMap<>();
            files.forEach((name, bytes) -> {
                Matcher matcher = RULE_NAME.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    fileOf.put(matcher.group(1), name);
                }
            });
            return fileOf;
        }
    }
}

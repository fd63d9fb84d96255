package org.entente.cli;

import java.io.PrintWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.domain.RelationKind;
import org.entente.pack.FactType;
import org.entente.pack.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = "List the fact types a pack or scenario may use, with their fields: which are optional, which "
                + "name other facts (and of which types), and the values an enumerated field takes.")
final class VocabularyCommand implements Callable<Integer> {

    /** The listing's formats: markdown is the table docs/fact-packs.md shows. */
    enum ListingFormat { text, markdown }

    @Option(names = "--format", description = "text or markdown (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListingFormat.markdown) {
            out.println("| type | fields |");
            out.println("|---|---|");
        }
        for (FactType type : Vocabulary.types()) {
            List<String> fields = new ArrayList<>();
            for (String field : type.fields()) {
                if (!field.equals("id")) {
                    fields.add(describe(type, field));
                }
            }
            if (format == ListingFormat.markdown) {
                out.println("| `" + type.name() + "` | " + String.join(", ", fields) + " |");
            } else {
                out.println(type.name() + ": " + String.join(", ", fields).replace("`", "").replace("*", ""));
            }
        }
        out.flush();
        return 0;
    }

    /** A field as a pack author needs it: its name, then what it may hold, then whether it may be left out. */
    private static String describe(FactType type, String field) {
        List<String> notes = new ArrayList<>();
        Set<String> refersTo = type.references().get(field);
        Class<?> javaType = component(type, field).getType();
        if (refersTo != null) {
            notes.add(refersTo.isEmpty() ? "any fact" : refersTo.stream().sorted().map(VocabularyCommand::article)
                    .collect(Collectors.joining(" or ")));
        } else if (javaType.isEnum()) {
            notes.add(Arrays.stream(javaType.getEnumConstants()).map(value -> "`" + value + "`")
                    .collect(Collectors.joining(", ")));
        } else if (javaType == LocalDate.class) {
            notes.add("ISO date");
        } else if (javaType == RelationKind.class) {
            notes.add("a relation kind of the vocabulary");
        } else if (List.class.isAssignableFrom(javaType)) {
            notes.add("a list" + elementOf(component(type, field).getGenericType()));
        } else if (javaType == int.class || javaType == Integer.class) {
            notes.add("a whole number");
        }
        if (type.optional().contains(field)) {
            notes.add("optional");
        }
        return "`" + field + "`" + (notes.isEmpty() ? "" : " *(" + String.join("; ", notes) + ")*");
    }

    private static String article(String typeName) {
        return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }

    private static String elementOf(Type type) {
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element != String.class) {
            return " of " + element.getSimpleName();
        }
        return "";
    }

    private static RecordComponent component(FactType type, String field) {
        String javaName = type.javaNames().get(field);
        return Arrays.stream(type.recordClass().getRecordComponents())
                .filter(component -> component.getName().equals(javaName)).findFirst().orElseThrow();
    }
}

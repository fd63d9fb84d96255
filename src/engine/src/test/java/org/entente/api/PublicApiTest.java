package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedding API keeps its machinery to itself: no public signature of {@code org.entente.api}, nor of any
 * Entente type those signatures name (followed transitively), mentions a Drools or KIE type, a Jackson tree, or a
 * type of the engine's own internals (compiled rules, parsed packs and scenario documents). And it has no static
 * mutable state.
 */
class PublicApiTest {

    private static final List<String> ENGINE_PACKAGES = List.of("org.kie.", "org.drools.");
    private static final List<String> INTERNALS = List.of("com.fasterxml.jackson.databind.", "org.entente.engine.",
            "org.entente.pack.", "org.entente.scenario.");

    @Test
    void noPublicSignatureReachableFromTheApiNamesADroolsType() throws Exception {
        Set<Class<?>> visited = new LinkedHashSet<>();
        Set<String> leaks = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(apiClasses());
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!visited.add(type)) {
                continue;
            }
            for (Type used : publicSignatureTypes(type)) {
                for (Class<?> named : classesIn(used)) {
                    if (ENGINE_PACKAGES.stream().anyMatch(named.getName()::startsWith)) {
                        leaks.add(type.getName() + " uses " + named.getName());
                    } else if (named.getName().startsWith("org.entente.")) {
                        pending.push(named);
                    }
                }
            }
        }

        assertThat(visited).extracting(Class::getSimpleName).contains("Analyser", "Scenarios", "Scenario", "WhatIf");
        assertThat(leaks).isEmpty();
    }

    @Test
    void noPublicSignatureReachableFromTheApiNamesAJacksonTreeOrAnInternalType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : reachableFromTheApi()) {
            for (Type used : publicSignatureTypes(type)) {
                for (Class<?> named : classesIn(used)) {
                    if (INTERNALS.stream().anyMatch(named.getName()::startsWith)) {
                        leaks.add(type.getName() + " uses " + named.getName());
                    }
                }
            }
        }

        assertThat(leaks).isEmpty();
    }

    /** The API's classes and every Entente type their public signatures name, followed transitively. */
    private static Set<Class<?>> reachableFromTheApi() throws Exception {
        Set<Class<?>> visited = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(apiClasses());
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (visited.add(type)) {
                publicSignatureTypes(type).stream().flatMap(used -> classesIn(used).stream())
                        .filter(named -> named.getName().startsWith("org.entente.")).forEach(pending::push);
            }
        }
        return visited;
    }

    @Test
    void theApiHasNoStaticMutableState() throws Exception {
        for (Class<?> type : apiClasses()) {
            for (Field field : type.getDeclaredFields()) {
                // An enum constant is a constant too.
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()) {
                    assertThat(Modifier.isFinal(field.getModifiers())).as(field.toString()).isTrue();
                    assertThat(field.getType() == String.class || field.getType().isPrimitive())
                            .as(field + " holds a constant").isTrue();
                }
            }
        }
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(Analyser.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/entente/api");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.add(Class.forName("org.entente.api." + name.substring(0, name.length() - 6)));
                }
            }
        }
        return classes;
    }

    private static List<Type> publicSignatureTypes(Class<?> type) {
        List<Type> types = new ArrayList<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return types;
        }
        if (type.getGenericSuperclass() != null) {
            types.add(type.getGenericSuperclass());
        }
        types.addAll(List.of(type.getGenericInterfaces()));
        List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
        executables.addAll(List.of(type.getMethods()));
        for (Executable executable : executables) {
            if (executable.getDeclaringClass() == Object.class || executable.getDeclaringClass() == Record.class
                    || executable.getDeclaringClass() == Enum.class) {
                continue;
            }
            types.addAll(List.of(executable.getGenericParameterTypes()));
            types.addAll(List.of(executable.getGenericExceptionTypes()));
            if (executable instanceof Method method) {
                types.add(method.getGenericReturnType());
            }
        }
        for (Field field : type.getFields()) {
            types.add(field.getGenericType());
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                types.add(component.getGenericType());
            }
        }
        return types;
    }

    private static Set<Class<?>> classesIn(Type type) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        collect(type, classes, new LinkedHashSet<>());
        return classes;
    }

    /** The classes a type names; {@code seen} stops at recursive bounds such as {@code E extends Enum<E>}. */
    private static void collect(Type type, Set<Class<?>> classes, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> plain) {
            classes.add(plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), classes, seen);
            Stream.of(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, classes, seen));
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), classes, seen);
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> collect(bound, classes, seen));
        } else if (type instanceof TypeVariable<?> variable) {
            Stream.of(variable.getBounds()).forEach(bound -> collect(bound, classes, seen));
        }
    }
}

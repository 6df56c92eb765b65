package io.parley.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps must be {@link Serializable}: web.xml is {@code <distributable/>}, and in a deployment group
 * the session (with the view-scoped beans Faces keeps in it) is replicated to another instance. Checked from the
 * declared types: every field that is not static, transient or injected (the container's proxies are serializable)
 * must have a serializable type, an interface of {@code java.util} (List.of, Map.of, ... are serializable) with
 * serializable type arguments, or a primitive type; Parley's own types are followed into their fields.
 */
class SessionStateSerializableTest {

    /** What Parley puts into the session itself, besides the view-scoped beans. */
    private static final List<String> SESSION_ATTRIBUTES =
            List.of("io.parley.interfaces.web.security.SignedInSessions$SignedIn");

    @Test
    void viewScopedBeansAndSessionAttributesAreSerializable() throws Exception {
        List<Class<?>> kept = viewScopedBeans();
        assertFalse(kept.size() < 10, "the scan found the view-scoped beans: " + kept);
        for (String name : SESSION_ATTRIBUTES) {
            kept.add(Class.forName(name));
        }
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> type : kept) {
            check(type, type.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SessionStateSerializableTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return; // a type variable: its bound is checked where it is used
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (raw.isPrimitive() || raw == Object.class) {
            return;
        }
        boolean javaUtilInterface = raw.isInterface() && raw.getPackageName().equals("java.util");
        if (!javaUtilInterface && !Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (!raw.getName().startsWith("io.parley.")) {
            return; // the JDK's and libraries' serializable types are taken at their word
        }
        for (Class<?> c = raw; c != null && c.getName().startsWith("io.parley."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }
}

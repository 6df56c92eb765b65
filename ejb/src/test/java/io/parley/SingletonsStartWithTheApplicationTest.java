package io.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every singleton EJB is made while the application deploys ({@code @Startup}), decision 53. Payara stops the
 * singletons of an application by walking the list of those made so far; one made lazily at that moment (by the first
 * tick of its timer, or a request still running) changes the list under the walk, the undeploy fails halfway, and the
 * old application's timers and classes stay in the server. That broke every test deployed after it in CI.
 */
class SingletonsStartWithTheApplicationTest {

    @Test
    void everySingletonIsMadeAtDeploy() throws Exception {
        Path classes = Path.of(getClass()
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<String> singletons = new ArrayList<>();
        List<String> lazy = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Singleton.class)) {
                    singletons.add(type.getSimpleName());
                    if (!type.isAnnotationPresent(Startup.class)) {
                        lazy.add(type.getName());
                    }
                }
            }
        }
        assertTrue(singletons.contains("WriteBehindReadLog"), "the scan found the singletons: " + singletons);
        assertEquals(List.of(), lazy, "singletons made lazily");
    }
}

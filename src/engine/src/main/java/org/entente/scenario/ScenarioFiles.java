package org.entente.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.InputError;
import org.entente.io.PathNames;

/** Finds scenario files: the files named, and every .yaml, .yml and .json file below the folders named. */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenario).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputError(PathNames.display(path), "cannot list scenarios: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InputError(PathNames.display(path), "no such file or folder");
            }
        }
        return files;
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}

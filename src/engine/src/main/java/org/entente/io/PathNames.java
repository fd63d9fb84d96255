package org.entente.io;

import java.nio.file.Path;

/** How files are named in messages and outputs: relative to the working directory when inside it. */
public final class PathNames {

    private PathNames() {
    }

    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}

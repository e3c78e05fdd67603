package nl.wijkplaats.area;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared data folder (../shared/data from the repository root) wherever Maven runs the tests. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath());
    }

    public static Path cbs() {
        return root().resolve("cbs");
    }
}

package nl.wijkplaats.pb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared real data ({@code shared/data}) by walking up from the working directory, so tests work both
 * from the repository root and from the {@code pb} module (the repository is cloned next to {@code shared/}).
 */
public final class DataFiles {
    private static Path root;

    private DataFiles() {
    }

    public static synchronized Path dataDir() {
        if (root != null) return root;
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("pabulib"))) {
                root = candidate;
                return root;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data niet gevonden boven " + Path.of("").toAbsolutePath());
    }

    public static Path pabulib(String relative) {
        return dataDir().resolve("pabulib").resolve(relative);
    }

    /** All .pb files in a pabulib sub-folder, sorted by name. */
    public static List<Path> pbFiles(String folder) {
        try (Stream<Path> s = Files.list(pabulib(folder))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".pb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

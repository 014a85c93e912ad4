package com.ripreplace.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The uploaded inventory files, kept under the data directory by their SHA-256 ({@code files/<sha256>}), so an
 * inventory can be read again to estimate or plan it with everything its files hold (Program sheet, costs).
 */
@Singleton
public class StoredFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;

    StoredFiles(@Value("${ripreplace.data-dir:./data}") String dataDir) {
        this.folder = Path.of(dataDir).resolve("files");
    }

    /** Keeps a copy of an uploaded file (once per content), written to a temporary name and then moved in place. */
    void keep(Path uploaded, String sha256) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, sha256, ".part");
            Files.copy(uploaded, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an uploaded file in " + folder, e);
        }
    }

    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return folder.resolve(sha256);
    }
}

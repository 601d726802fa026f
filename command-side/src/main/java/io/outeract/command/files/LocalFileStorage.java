package io.outeract.command.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files in a local directory, two levels of subdirectories by id so that no directory grows
 * huge. A file is written to a temporary name and moved into place once complete, so a crash
 * mid-download leaves a stray temporary file, never a truncated file under a real id.
 */
public final class LocalFileStorage implements FileStorage {

    private final Path root;

    public LocalFileStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public <T> T write(UUID fileId, FileWriter<T> writer) throws IOException {
        Path target = pathOf(fileId);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), fileId + "-", ".partial");
        try {
            T written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = writer.writeTo(out);
            }
            moveIntoPlace(partial, target);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(UUID fileId) throws IOException {
        return Files.newInputStream(pathOf(fileId));
    }

    @Override
    public boolean exists(UUID fileId) {
        return Files.isRegularFile(pathOf(fileId));
    }

    @Override
    public long size(UUID fileId) throws IOException {
        return Files.size(pathOf(fileId));
    }

    @Override
    public void delete(UUID fileId) throws IOException {
        Files.deleteIfExists(pathOf(fileId));
    }

    private Path pathOf(UUID fileId) {
        String id = fileId.toString();
        return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

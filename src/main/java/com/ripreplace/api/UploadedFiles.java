package com.ripreplace.api;

import com.ripreplace.inventory.InventoryReader;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * The files of a multipart upload, spooled to a private temporary folder under their upload names
 * (kept only for messages; the folder path never comes from the request) and deleted on close.
 */
public final class UploadedFiles implements AutoCloseable {

    private final Path folder;
    private final List<InventoryReader.InputFile> files = new ArrayList<>();
    /** The files a person chose: without the empty, unnamed part a form sends when no file was picked. */
    private final List<InventoryReader.InputFile> chosen = new ArrayList<>();

    private UploadedFiles(Path folder) {
        this.folder = folder;
    }

    public static UploadedFiles receive(MultipartBody body) throws IOException {
        UploadedFiles uploaded = new UploadedFiles(Files.createTempDirectory("rrp-upload-"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        body.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                if (part instanceof CompletedFileUpload upload) {
                    try {
                        uploaded.add(upload);
                    } catch (IOException | RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            uploaded.close();
            throw new IOException("The upload was interrupted", e);
        } catch (ExecutionException e) {
            uploaded.close();
            if (e.getCause() instanceof io.micronaut.http.exceptions.HttpStatusException
                    || e.getCause() instanceof io.micronaut.http.exceptions.ContentLengthExceededException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException("The upload could not be received: " + e.getCause().getMessage(), e.getCause());
        }
        return uploaded;
    }

    private void add(CompletedFileUpload upload) throws IOException {
        String name = upload.getFilename() == null || upload.getFilename().isBlank()
                ? "upload-" + (files.size() + 1) : Path.of(upload.getFilename()).getFileName().toString();
        Path target = folder.resolve("part-" + files.size());
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        InventoryReader.InputFile file = new InventoryReader.InputFile(target, name);
        files.add(file);
        if (upload.getFilename() != null && !upload.getFilename().isBlank() || Files.size(target) > 0) {
            chosen.add(file);
        }
    }

    public List<InventoryReader.InputFile> files() {
        return files;
    }

    /** {@link #files()} without the empty part a browser's form sends when its file field was left empty. */
    public List<InventoryReader.InputFile> chosen() {
        return chosen;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

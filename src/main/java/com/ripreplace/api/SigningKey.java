package com.ripreplace.api;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs sign-in tokens (HMAC-SHA-256): 256 random bits made once per data directory, kept in
 * {@code <data-dir>/token-signing.key} readable by its owner only. There is no default key: a service that
 * cannot read or make its own does not start. Deleting the file signs everyone out at the next start.
 */
@Factory
public class SigningKey {

    static final String FILE = "token-signing.key";

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(@Value("${ripreplace.data-dir}") Path dataDir) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(readOrMake(dataDir.resolve(FILE)));
        return new SecretSignature(configuration);
    }

    static String readOrMake(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    return read(file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The token signing key " + file + " cannot be read or made", e);
        }
    }

    private static String read(Path file) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!key.isEmpty()) {
                return key;
            }
            try {
                Thread.sleep(20); // another process is writing it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException("the key file is empty");
    }
}

package com.ripreplace.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code serve} per data directory: an operating-system lock on {@code <data-dir>/serve.lock}, held while the
 * service runs and released by the system if the process dies. (The database alone no longer refuses a second
 * process: {@code users} commands open it beside the running service.)
 */
final class ServeLock {

    private final FileChannel channel;
    private final FileLock lock;

    private ServeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another service holds it. */
    static ServeLock take(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("serve.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new ServeLock(channel, lock);
        } catch (IOException e) {
            // cannot even make the lock file: the start fails later with the sentence for an unwritable directory
            return new ServeLock(null, null);
        }
    }

    void release() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the process is ending; the system drops the lock anyway
        }
    }
}

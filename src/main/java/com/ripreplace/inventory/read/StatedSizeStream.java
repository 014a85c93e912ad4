package com.ripreplace.inventory.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part of a zip archive as it unpacks, stopped as soon as it gives more bytes than the archive's directory
 * says it holds. {@link FileInspector} checks the stated sizes against the limits before anything is parsed;
 * this holds the part to them while it is parsed, so a part that lies about its size (a zip bomb's trick)
 * cannot feed the parser more than an honest part of that size could.
 */
final class StatedSizeStream extends FilterInputStream {

    private final long stated;
    private final String part;
    private long given;

    StatedSizeStream(InputStream in, String part, long stated) {
        super(in);
        this.part = part;
        this.stated = stated;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) throws RefusedPart {
        given += bytes;
        if (given > stated) {
            throw new RefusedPart("The part " + part + " unpacks to more than the " + stated + " bytes its zip entry"
                    + " states: refused as a possible zip bomb.");
        }
    }
}

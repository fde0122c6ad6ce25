package io.github.muskopenai.archive.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells the progress report how many bytes of a document have been read. */
final class CountingInputStream extends FilterInputStream {

    private final LoadProgress progress;

    CountingInputStream(InputStream in, LoadProgress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.bytes(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            progress.bytes(n);
        }
        return n;
    }
}

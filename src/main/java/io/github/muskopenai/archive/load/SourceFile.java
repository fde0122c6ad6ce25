package io.github.muskopenai.archive.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document file of a load, with the sha256 and size of its bytes. */
record SourceFile(String name, Path path, String sha256, long size) {

    static SourceFile of(Path path) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return new SourceFile(path.getFileName().toString(), path,
                    HexFormat.of().formatHex(in.getMessageDigest().digest()), Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

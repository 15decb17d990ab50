package org.columnpress.render.epub.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An EPUB container: {@code mimetype} first and stored, then the entries in the order they are added,
 * every one stamped with the same time so that the same book gives the same bytes.
 */
final class ReproducibleZip implements AutoCloseable {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    ReproducibleZip(OutputStream out, Instant timestamp) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // DOS time without a zone; written as UTC so the machine's time zone does not leak in.
        LocalDateTime t = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        this.time = t.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : t;
        ZipEntry mimetype = entry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    /** Opens the next (compressed) entry; write its content to {@link #stream()}. */
    OutputStream next(String name) throws IOException {
        zip.putNextEntry(entry(name));
        return stream();
    }

    /** The open entry's stream; closing it does not close the zip. */
    OutputStream stream() {
        return new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

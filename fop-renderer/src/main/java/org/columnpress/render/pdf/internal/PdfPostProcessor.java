package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.columnpress.core.ColumnpressException;

/**
 * What FOP 2.11 leaves undone. For PDF/UA, links get a {@code /Contents} text (FOP gives internal links
 * none; rule 7.18.5-2), copied from the alt text of their structure element. Always, the trailer's file
 * ID (which FOP derives from the clock) becomes a digest of the file itself, and so do the XMP's random
 * document and instance IDs of a PDF/X, so the same input gives the same bytes.
 */
final class PdfPostProcessor {

    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 4096;
    private static final int HEAD = 256 * 1024;
    private static final int UUID_LENGTH = 36;

    private PdfPostProcessor() {
    }

    /** @param astral whether the text holds characters beyond U+FFFF (emoji), whose ToUnicode FOP garbles */
    static void finish(Path pdf, boolean pdfua, boolean astral) throws IOException {
        if (pdfua) {
            describeLinks(pdf);
        }
        if (astral) {
            ToUnicodeRepair.repair(pdf);
        }
        fixMetadataDate(pdf);
        fixXmpIds(pdf);
        fixFileId(pdf);
    }

    /**
     * FOP stamps the XMP packet's MetadataDate with the clock, whatever the document says. The packet is
     * stored uncompressed near the start of the file; its CreateDate (from our timestamp, in FOP's own
     * format) is copied over the MetadataDate in place, so no offset moves.
     */
    private static void fixMetadataDate(Path pdf) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
            byte[] head = new byte[(int) Math.min(file.length(), HEAD)];
            file.readFully(head);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            String created = between(text, "<xmp:CreateDate>", "</xmp:CreateDate>");
            int at = text.indexOf("<xmp:MetadataDate>");
            String stamped = between(text, "<xmp:MetadataDate>", "</xmp:MetadataDate>");
            if (created != null && stamped != null && created.length() == stamped.length()) {
                file.seek(at + "<xmp:MetadataDate>".length());
                file.write(created.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    /**
     * Under PDF/X, FOP writes the XMP's xmpMM:DocumentID and InstanceID as random UUIDs. Each becomes a
     * UUID made from the file's digest (with both zeroed, and short of its tail, where the trailer's
     * clock-made /ID is still) and its name, in place; the screen PDF has none.
     */
    private static void fixXmpIds(Path pdf) throws IOException {
        java.util.List<String> keys = java.util.List.of("<xmpMM:InstanceID>uuid:", "<xmpMM:DocumentID>uuid:");
        java.util.Map<String, Integer> at = new java.util.LinkedHashMap<>();
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
            byte[] head = new byte[(int) Math.min(file.length(), HEAD)];
            file.readFully(head);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            for (String key : keys) {
                int start = text.indexOf(key);
                if (start >= 0 && text.startsWith("</xmpMM:", start + key.length() + UUID_LENGTH)) {
                    at.put(key, start + key.length());
                    file.seek(start + key.length());
                    file.write("0".repeat(UUID_LENGTH).getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        if (at.isEmpty()) {
            return;
        }
        String digest = digest(pdf, Files.size(pdf) - TAIL);
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
            for (var entry : at.entrySet()) {
                String uuid = java.util.UUID.nameUUIDFromBytes((digest + entry.getKey())
                        .getBytes(StandardCharsets.US_ASCII)).toString();
                file.seek(entry.getValue());
                file.write(uuid.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start);
        return end < 0 ? null : text.substring(start + open.length(), end);
    }

    private static void describeLinks(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink && annotation.getContents() == null) {
                        annotation.setContents(altText(root, annotation));
                    }
                }
            }
            // Saved from memory over the file it was read from: PDFBox warns about that, needlessly here.
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            Files.write(pdf, bytes.toByteArray());
        }
    }

    private static String altText(PDStructureTreeRoot root, PDAnnotation annotation) throws IOException {
        int key = annotation.getStructParent();
        if (root != null && key >= 0 && root.getParentTree() != null) {
            Object element = root.getParentTree().getValue(key);
            if (element instanceof PDStructureElement structure) {
                if (structure.getAlternateDescription() != null) {
                    return structure.getAlternateDescription();
                }
            }
        }
        return "Link";
    }

    /** Replaces the two file IDs in the last trailer by an MD5 of the file with the IDs zeroed. */
    private static void fixFileId(Path pdf) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
            long start = Math.max(0, file.length() - TAIL);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            int at = lastIndexOf(tail, ID_KEY);
            if (at < 0) {
                return; // no ID: nothing that could differ between runs
            }
            int first = at + ID_KEY.length;
            int firstEnd = indexOf(tail, (byte) '>', first);
            int second = indexOf(tail, (byte) '<', firstEnd) + 1;
            int secondEnd = indexOf(tail, (byte) '>', second);
            java.util.Arrays.fill(tail, first, firstEnd, (byte) '0');
            java.util.Arrays.fill(tail, second, secondEnd, (byte) '0');
            file.seek(start);
            file.write(tail);
            String hex = digest(pdf);
            file.seek(start + first);
            file.write(fit(hex, firstEnd - first));
            file.seek(start + second);
            file.write(fit(hex, secondEnd - second));
        }
    }

    private static String digest(Path pdf) throws IOException {
        return digest(pdf, Long.MAX_VALUE);
    }

    /** An MD5 of the file's first {@code length} bytes, in upper-case hex. */
    private static String digest(Path pdf, long length) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[65536];
            long left = Math.max(0, length);
            for (int n = in.read(buffer, 0, (int) Math.min(buffer.length, left)); n > 0;
                    n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) {
                md5.update(buffer, 0, n);
                left -= n;
            }
            return HexFormat.of().withUpperCase().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new ColumnpressException("This Java has no MD5, which PDF file IDs need: " + e, e);
        }
    }

    private static byte[] fit(String hex, int length) {
        StringBuilder out = new StringBuilder(hex);
        while (out.length() < length) {
            out.append(hex);
        }
        return out.substring(0, length).getBytes(StandardCharsets.US_ASCII);
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        for (int i = data.length - key.length; i >= 0; i--) {
            if (java.util.Arrays.equals(data, i, i + key.length, key, 0, key.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        throw new ColumnpressException("The PDF trailer's /ID is not as FOP writes it; cannot make it"
                + " reproducible.");
    }
}

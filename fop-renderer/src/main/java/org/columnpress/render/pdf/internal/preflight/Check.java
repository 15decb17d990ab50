package org.columnpress.render.pdf.internal.preflight;

import java.util.Objects;

/**
 * One preflight check of one file.
 *
 * @param file the file checked, as the report names it ({@code boek-print.pdf})
 * @param name what is checked ({@code Trim box})
 * @param measured what the file has, with its unit and, where pages differ, the worst page
 * @param limit what the printer asks
 * @param status the verdict
 * @param advice for WARN and FAIL, one sentence saying what to do; empty for PASS
 */
public record Check(String file, String name, String measured, String limit, Status status, String advice) {

    /** PASS: as asked. WARN: prints, but worse than it could (never fails the build). FAIL: the printer refuses it. */
    public enum Status {
        PASS, WARN, FAIL
    }

    /**
     * The name of the check of each image's resolution. A print edition's log names the images and their
     * columns instead ({@code PrintImageCheck}), so this check's warning stays in the report alone.
     */
    public static final String IMAGE_RESOLUTION = "Image resolution";

    public Check {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(advice, "advice");
        if (status != Status.PASS && advice.isBlank()) {
            throw new IllegalArgumentException("A " + status + " check needs advice: " + name);
        }
    }

    /** One line for the build log: {@code boek-print.pdf: Page count FAIL (22 pages; limit 24 to 776). Add...} */
    public String line() {
        return file + ": " + name + " " + status + " (" + measured + "; limit " + limit + ")"
                + (advice.isEmpty() ? "" : ". " + advice);
    }

    static Check pass(String file, String name, String measured, String limit) {
        return new Check(file, name, measured, limit, Status.PASS, "");
    }

    /** PASS when {@code ok}, else {@code otherwise} with the advice. */
    static Check of(boolean ok, Status otherwise, String file, String name, String measured, String limit,
            String advice) {
        return ok ? pass(file, name, measured, limit) : new Check(file, name, measured, limit, otherwise, advice);
    }
}

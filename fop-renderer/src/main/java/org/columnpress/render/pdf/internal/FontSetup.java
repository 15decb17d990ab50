package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;

/**
 * The fonts FOP may use: the house fonts from core's classpath plus the user's TTF files, written as
 * the {@code <fonts>} part of a FOP configuration. Generic names ({@code serif}, {@code sans-serif},
 * {@code any}, the base-14 names) map to the house face, so FOP never falls back to an unembedded
 * base-14 font, which PDF/A forbids.
 */
final class FontSetup {

    static final String HOUSE_FAMILY = "Literata";
    static final String MONO_FAMILY = "Source Code Pro";
    /** The monochrome emoji face, for what the text faces lack (see {@link SymbolFaces}). */
    static final String EMOJI_FAMILY = "Noto Emoji";
    /** The symbols face (✓, ★, chess, dingbats …), after the emoji face in the default family lists. */
    static final String SYMBOLS_FAMILY = "Noto Sans Symbols 2";
    /** The default stylesheet's body.font.family: the text face, then the emoji and symbols faces. */
    static final String BODY_FAMILIES = HOUSE_FAMILY + ", '" + EMOJI_FAMILY + "', '" + SYMBOLS_FAMILY + "'";
    private static final String HOUSE = "classpath:org/columnpress/core/fonts/";
    private static final String[] TEXT_ALIASES = {HOUSE_FAMILY, "serif", "sans-serif", "any", "Times",
        "Times Roman", "Times-Roman", "Helvetica", "Arial", "Symbol", "ZapfDingbats"};
    private static final String[] MONO_ALIASES = {MONO_FAMILY, "monospace", "Courier"};

    /** One name FOP knows a face by: the font-family, font-style and font-weight that choose it. */
    record Triplet(String family, String style, int weight) {
        @Override
        public String toString() {
            return family + ", " + style + ", " + weight;
        }
    }

    /**
     * A font file and the names it is registered under.
     *
     * @param url      what FOP reads it from
     * @param source   the file for the log: a path, or the house font's file name
     * @param triplets its names, the one it is best known by first
     */
    record Registered(String url, String source, List<Triplet> triplets, Font awtFont) {
        Registered {
            triplets = List.copyOf(triplets);
        }

        String primaryFamily() {
            return triplets.get(0).family();
        }

        boolean isOf(String family) {
            return triplets.stream().anyMatch(t -> t.family().equals(family));
        }

        /** How far from an upright 400 it is under that family: the face a family's text is checked in. */
        int distanceFromRegular(String family) {
            return triplets.stream().filter(t -> t.family().equals(family))
                    .mapToInt(t -> Math.abs(t.weight() - 400) + ("normal".equals(t.style()) ? 0 : 1000))
                    .min().orElse(Integer.MAX_VALUE);
        }
    }

    private final List<Registered> fonts = new ArrayList<>();
    private final Map<String, Font> loaded = new HashMap<>();

    FontSetup(List<Path> userFonts) {
        addHouse("Literata-Regular.ttf", "normal", 400, TEXT_ALIASES);
        addHouse("Literata-Italic.ttf", "italic", 400, TEXT_ALIASES);
        addHouse("Literata-Bold.ttf", "normal", 700, TEXT_ALIASES);
        addHouse("Literata-BoldItalic.ttf", "italic", 700, TEXT_ALIASES);
        // The other house faces have one cut each: let bold and italic fall back to it rather than to
        // base-14; FOP picks the emoji and symbols faces per character where a family list names them.
        for (String[] face : new String[][] {{"SourceCodePro-Regular.ttf", MONO_FAMILY},
            {"NotoEmoji-Regular.ttf", EMOJI_FAMILY}, {"NotoSansSymbols2-Regular.ttf", SYMBOLS_FAMILY}}) {
            String[] aliases = face[1].equals(MONO_FAMILY) ? MONO_ALIASES : new String[] {face[1]};
            for (String style : new String[] {"normal", "italic"}) {
                for (int weight : new int[] {400, 700}) {
                    addHouse(face[0], style, weight, aliases);
                }
            }
        }
        for (Path file : userFonts) {
            addUser(file);
        }
    }

    /** The regular text face the body is checked against for missing glyphs. */
    Font bodyFont() {
        return fonts.get(0).awtFont();
    }

    List<Registered> fonts() {
        return List.copyOf(fonts);
    }

    /** The face a family's text is checked in: its upright 400, else the nearest to it. */
    Optional<Font> regular(String family) {
        return fonts.stream().filter(f -> f.isOf(family))
                .min(Comparator.comparingInt(f -> f.distanceFromRegular(family))).map(Registered::awtFont);
    }

    /**
     * What the build log says about the fonts, once per build: the house fonts in one line, then each of
     * the user's faces as {@code family, style, weight <- file}, the names a stylesheet chooses it by.
     *
     * @param base the book folder, which the user's font files are named relative to when inside it
     */
    List<String> describe(Path base) {
        List<String> lines = new ArrayList<>();
        lines.add("Fonts: " + HOUSE_FAMILY + " (normal and italic, 400 and 700), " + MONO_FAMILY + ", "
                + EMOJI_FAMILY + " and " + SYMBOLS_FAMILY + " are built in; serif, sans-serif, any and the"
                + " base-14 names print in " + HOUSE_FAMILY + ", monospace and Courier in " + MONO_FAMILY + ".");
        for (Registered font : fonts) {
            if (font.url().startsWith(HOUSE)) {
                continue;
            }
            Path file = Path.of(font.source()).toAbsolutePath().normalize();
            Path shown = base != null && file.startsWith(base.toAbsolutePath().normalize())
                    ? base.toAbsolutePath().normalize().relativize(file) : file;
            Triplet first = font.triplets().get(0);
            String also = font.triplets().stream().skip(1).map(t -> "'" + t + "'")
                    .collect(java.util.stream.Collectors.joining(", "));
            lines.add("Font " + first + " <- " + shown.toString().replace('\\', '/')
                    + (also.isEmpty() ? "" : " (also as " + also + ")"));
        }
        return lines;
    }

    /** The {@code <fonts>} element of a FOP configuration, every name given explicitly. */
    String fopConfig() {
        StringBuilder xml = new StringBuilder("<fonts>\n");
        for (Registered font : fonts) {
            xml.append("  <font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
                    .append(escape(font.url())).append("\">\n");
            for (Triplet triplet : font.triplets()) {
                xml.append("    <font-triplet name=\"").append(escape(triplet.family())).append("\" style=\"")
                        .append(triplet.style()).append("\" weight=\"").append(triplet.weight()).append("\"/>\n");
            }
            xml.append("  </font>\n");
        }
        return xml.append("</fonts>\n").toString();
    }

    private void addHouse(String file, String style, int weight, String[] aliases) {
        List<Triplet> triplets = new ArrayList<>();
        for (String alias : aliases) {
            triplets.add(new Triplet(alias, style, weight));
        }
        Font known = loaded.get(file);
        if (known != null) {
            fonts.add(new Registered(HOUSE + file, file, triplets, known));
            return;
        }
        try (InputStream in = FontSetup.class.getClassLoader()
                .getResourceAsStream("org/columnpress/core/fonts/" + file)) {
            if (in == null) {
                throw new ColumnpressException("The house font " + file + " is missing from the class path"
                        + " (columnpress-core). Check the dependencies.");
            }
            Font awt = Font.createFont(Font.TRUETYPE_FONT, in);
            loaded.put(file, awt);
            fonts.add(new Registered(HOUSE + file, file, triplets, awt));
        } catch (IOException | FontFormatException e) {
            throw new ColumnpressException("Cannot read the house font " + file + ": " + e, e);
        }
    }

    /**
     * Registers a user font by what its own tables say (see {@link FontNames}): its typographic family at
     * its numeric weight, as designers name a face ({@code 'Source Sans 3'}, 600). A face whose legacy
     * family differs ({@code 'Source Sans 3 SemiBold'}) is registered under that too, at the weight its
     * subfamily gives and, for a name with "bold" in it, at bold, as earlier versions registered it.
     */
    private void addUser(Path file) {
        try {
            Font awt = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            FontNames names = FontNames.read(file);
            java.util.LinkedHashSet<Triplet> triplets = new java.util.LinkedHashSet<>();
            triplets.add(new Triplet(names.family(), names.style(), names.weight()));
            if (!names.legacyFamily().equals(names.family())) {
                triplets.add(new Triplet(names.legacyFamily(), names.style(), names.legacyWeight()));
                if (awt.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold")) {
                    triplets.add(new Triplet(names.legacyFamily(), names.style(), 700));
                }
            }
            fonts.add(new Registered(file.toUri().toString(), file.toString(), List.copyOf(triplets), awt));
        } catch (FontFormatException | IOException e) {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file, 0, "font file not found. Check setting 'pdf.fonts'.", e);
            }
            throw new InputException(file, 0, "not a TrueType font FOP can embed (" + e.getMessage()
                    + "). Use .ttf files with TrueType outlines.", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

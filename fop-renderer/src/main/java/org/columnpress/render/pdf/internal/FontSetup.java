package org.columnpress.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The monochrome emoji face FOP falls back to, character by character, for what the others lack. */
    static final String EMOJI_FAMILY = "Noto Emoji";
    /** The default stylesheet's body.font.family: the text face, then the emoji face. */
    static final String BODY_FAMILIES = HOUSE_FAMILY + ", '" + EMOJI_FAMILY + "'";
    private static final String HOUSE = "classpath:org/columnpress/core/fonts/";
    private static final String[] TEXT_ALIASES = {HOUSE_FAMILY, "serif", "sans-serif", "any", "Times",
        "Times Roman", "Times-Roman", "Helvetica", "Arial", "Symbol", "ZapfDingbats"};
    private static final String[] MONO_ALIASES = {MONO_FAMILY, "monospace", "Courier"};

    /** A font file and the family it is registered under. */
    record Registered(String url, String family, String style, String weight, Font awtFont) {
    }

    private final List<Registered> fonts = new ArrayList<>();
    private final Map<String, Font> loaded = new HashMap<>();

    FontSetup(List<Path> userFonts) {
        addHouse("Literata-Regular.ttf", "normal", "normal", TEXT_ALIASES);
        addHouse("Literata-Italic.ttf", "italic", "normal", TEXT_ALIASES);
        addHouse("Literata-Bold.ttf", "normal", "bold", TEXT_ALIASES);
        addHouse("Literata-BoldItalic.ttf", "italic", "bold", TEXT_ALIASES);
        addHouse("SourceCodePro-Regular.ttf", "normal", "normal", MONO_ALIASES);
        // The mono face has one cut: let bold and italic code fall back to it rather than to base-14.
        addHouse("SourceCodePro-Regular.ttf", "italic", "normal", MONO_ALIASES);
        addHouse("SourceCodePro-Regular.ttf", "normal", "bold", MONO_ALIASES);
        addHouse("SourceCodePro-Regular.ttf", "italic", "bold", MONO_ALIASES);
        // One cut as well; FOP picks it per character where the stylesheet's family list names it.
        for (String[] styleWeight : new String[][] {{"normal", "normal"}, {"italic", "normal"},
            {"normal", "bold"}, {"italic", "bold"}}) {
            addHouse("NotoEmoji-Regular.ttf", styleWeight[0], styleWeight[1], new String[] {EMOJI_FAMILY});
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

    /** The {@code <fonts>} element of a FOP configuration. */
    String fopConfig() {
        StringBuilder xml = new StringBuilder("<fonts>\n");
        for (Registered font : fonts) {
            xml.append("  <font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
                    .append(escape(font.url())).append("\">\n");
            for (String family : font.family().split("\n")) {
                xml.append("    <font-triplet name=\"").append(escape(family)).append("\" style=\"")
                        .append(font.style()).append("\" weight=\"").append(font.weight()).append("\"/>\n");
            }
            xml.append("  </font>\n");
        }
        return xml.append("</fonts>\n").toString();
    }

    private void addHouse(String file, String style, String weight, String[] aliases) {
        Font known = loaded.get(file);
        if (known != null) {
            fonts.add(new Registered(HOUSE + file, String.join("\n", aliases), style, weight, known));
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
            fonts.add(new Registered(HOUSE + file, String.join("\n", aliases), style, weight, awt));
        } catch (IOException | FontFormatException e) {
            throw new ColumnpressException("Cannot read the house font " + file + ": " + e, e);
        }
    }

    /** Registers a user font under the family its name table gives, with style and weight from its name. */
    private void addUser(Path file) {
        try {
            Font awt = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            String name = awt.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
            String style = name.contains("italic") || name.contains("oblique") ? "italic" : "normal";
            String weight = name.contains("bold") ? "bold" : "normal";
            fonts.add(new Registered(file.toUri().toString(), awt.getFamily(Locale.ROOT), style, weight, awt));
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

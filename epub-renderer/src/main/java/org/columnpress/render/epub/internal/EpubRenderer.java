package org.columnpress.render.epub.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Matter;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.Resources;

/**
 * Renders a book to one EPUB 3 file. Each content document is written straight into the zip as it is
 * made, so memory does not grow with the number of columns. Thread-safe: it holds settings only.
 */
public final class EpubRenderer implements Renderer {

    private final RenderOptions options;
    private final EpubSettings settings;
    private final String css;

    public EpubRenderer(RenderOptions options, EpubSettings settings) {
        this.options = options;
        this.settings = settings;
        this.css = Stylesheet.of(settings);
    }

    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName) {
        return render(book, directory, baseName, Handoffs.none());
    }

    /**
     * {@link #render(Book, Path, String)}, marking the print edition's pages when the build makes the book PDF:
     * the images are prepared while the PDF is laid out, then the EPUB waits for its page map.
     */
    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName, Handoffs handoffs) {
        Images images = Images.of(book);
        FrontMatter front = new FrontMatter(book);
        Plan plan = new Plan(book, images, settings.embedFonts(), front.hasSources());
        Path target = directory.resolve(baseName + ".epub");
        // The cover goes in as it is: stores ask for large covers (Kindle 1600 x 2560), and it is one image.
        List<Path> inside = images.all().stream().map(Map.Entry::getKey)
                .filter(file -> book.cover().map(cover -> !cover.equals(file)).orElse(true)).toList();
        try (PreparedImages prepared = PreparedImages.prepare(inside, directory,
                this::imageScale, "EPUB", options.reporter());
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             ReproducibleZip zip = new ReproducibleZip(file, options.timestamp())) {
            Optional<PageBreaks> pages = handoffs.pageMap().await().map(map -> PageBreaks.of(book, plan, map))
                    .filter(breaks -> !breaks.pages().isEmpty());
            Accessibility accessibility = Accessibility.of(book, plan, pages.map(PageBreaks::source),
                    options.reporter());
            Map<String, Content> contents = contents(book, plan, front, prepared, pages);
            try (OutputStream out = zip.next("META-INF/container.xml")) {
                Container.write(out, Layout.PACKAGE);
            }
            try (OutputStream out = zip.next(Layout.PACKAGE)) {
                new PackageDocument(book, plan, options.timestamp(), accessibility).write(out);
            }
            for (Item item : plan.manifest()) {
                try (OutputStream out = zip.next(Layout.ROOT + item.href())) {
                    contents.get(item.id()).write(out);
                }
            }
        } catch (IOException e) {
            throw new ColumnpressException("Could not write " + target + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ColumnpressException("Could not write " + target + ": " + e.getMessage(), e.getCause());
        }
        return List.of(new RenderedFile(target, RenderedFile.Role.BOOK, 0));
    }

    /** What to write for each manifest id. */
    private Map<String, Content> contents(Book book, Plan plan, FrontMatter front, PreparedImages prepared,
            Optional<PageBreaks> pages) {
        Map<String, Content> map = new HashMap<>();
        plan.cover().ifPresent(c -> map.put("cover", out -> front.cover(c, out)));
        map.put("titlepage", front::titlePage);
        map.put("copyright", out -> front.copyrightPage(plan.embedFonts(), out));
        map.put("nav", out -> new NavDocument(book, plan, pages).write(out));
        map.put("sources", out -> front.sourcesPage(plan.columnHrefs(), out));
        map.put("index", out -> new IndexDocument(book, plan, pages.map(PageBreaks::places).orElse(Map.of()))
                .write(out));
        MatterDocument matter = new MatterDocument(book, plan.images(), options.reporter(), plan.embedFonts());
        for (List<Matter> pieces : List.of(book.front(), book.back())) {
            pieces.forEach(piece -> map.put(piece.id(), out -> matter.write(piece, out)));
        }
        PartDocument parts = new PartDocument(book, plan.images(), options.reporter());
        book.parts().forEach(part -> map.put(part.id(), out -> parts.write(part, out)));
        for (int i = 0; i < book.columns().size(); i++) {
            ColumnDocument column = new ColumnDocument(book, book.columns().get(i), plan.images(),
                    options.reporter(), plan.columnParts(i), pages);
            for (int part = 0; part < plan.columnParts(i).size(); part++) {
                int index = part;
                map.put(Plan.columnId(i, part), out -> column.write(index, out));
            }
        }
        map.put("ncx", out -> out.write(Ncx.bytes(book, plan)));
        map.put("css", out -> out.write(css.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < Plan.FONTS.size(); i++) {
            String font = Plan.FONTS.get(i);
            map.put("font-" + (i + 1), out -> Resources.copyHouseFont(font, out));
        }
        map.put("font-licence", out -> Resources.copyHouseFont("OFL-Literata.txt", out));
        for (Map.Entry<Path, Item> image : plan.images().all()) {
            StoreImageLimits.check(image.getKey(), prepared.file(image.getKey()), options.reporter());
            map.put(image.getValue().id(), out -> Files.copy(prepared.file(image.getKey()), out));
        }
        return map;
    }

    /** An image keeps at most {@link EpubSettings#imageMaxPixels()}, its aspect ratio kept. */
    private double imageScale(int width, int height) {
        return Math.min(1, Math.sqrt((double) settings.imageMaxPixels() / ((double) width * height)));
    }

    /** Writes one entry's bytes. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }
}

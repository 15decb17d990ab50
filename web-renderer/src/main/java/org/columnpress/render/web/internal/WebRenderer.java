package org.columnpress.render.web.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Part;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;

/**
 * Renders a book to a static site in {@code <baseName>-web/}: {@code index.html} (the book's main file), a page
 * per column, part and tag, the Atom feed, the sitemap when the site's address is known, the style sheet, the
 * house fonts, the images and, when the build makes them, the columns' own PDFs. Every link is relative, so
 * the site works from any server's folder and straight from the disk. Thread-safe: it holds settings only.
 */
public final class WebRenderer implements Renderer {

    private static final String FONT_DIR = "org/columnpress/core/fonts/";
    /** The house fonts the style sheet names, and their licences. */
    static final List<String> FONTS = List.of("Literata-Regular.ttf", "Literata-Italic.ttf", "Literata-Bold.ttf",
            "Literata-BoldItalic.ttf", "SourceCodePro-Regular.ttf", "OFL-Literata.txt", "OFL-SourceCodePro.txt");

    private final RenderOptions options;
    private final WebSettings settings;

    public WebRenderer(RenderOptions options, WebSettings settings) {
        this.options = options;
        this.settings = settings;
    }

    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName) {
        return render(book, directory, baseName, Handoffs.none());
    }

    /** {@link #render(Book, Path, String)}, linking each column's own PDF when the build makes them. */
    @Override
    public List<RenderedFile> render(Book book, Path directory, String baseName, Handoffs handoffs) {
        Output site = new Output(directory.resolve(baseName + "-web"));
        Site plan = new Site(book);
        WebImages images = WebImages.of(book);
        Page.Chrome chrome = new Page.Chrome(book.title(), book.rights(), settings.siteUrl());
        try (PreparedImages prepared = PreparedImages.prepare(images.files(), directory, WebImages::scale,
                "web edition", options.reporter())) {
            images.measure(prepared);
            List<Site.Tag> tags = plan.tags();
            ListPages lists = new ListPages(book, plan, images, chrome, options.reporter());
            site.write(Site.INDEX, out -> lists.index(tags, out));
            site.write(Site.FEED, new Feed(book, plan, images, settings.siteUrl(), options.timestamp(),
                    options.reporter())::write);
            site.write(Site.CSS, out -> out.write(Stylesheet.CSS.getBytes(StandardCharsets.UTF_8)));
            List<String> folders = new ArrayList<>(List.of(""));
            // The column PDFs come last in the PDF renderer's work: everything above is written while it works.
            Map<String, Path> pdfs = handoffs.columnPdfs().await().orElse(Map.of());
            ColumnPage pages = new ColumnPage(book, plan, images, chrome, options.reporter());
            for (int i = 0; i < book.columns().size(); i++) {
                Column column = book.columns().get(i);
                Path pdf = pdfs.get(column.id());
                if (pdf != null) {
                    site.copy(pdf, Site.pdf(column));
                }
                int index = i;
                site.write(Site.column(column) + Site.INDEX, out -> pages.write(index, pdf != null, out));
                folders.add(Site.column(column));
            }
            for (Part part : book.parts()) {
                site.write(Site.part(part) + Site.INDEX, out -> lists.part(part, out));
                folders.add(Site.part(part));
            }
            for (Site.Tag tag : tags) {
                site.write(tag.folder() + Site.INDEX, out -> lists.tag(tag, out));
                folders.add(tag.folder());
            }
            settings.siteUrl().ifPresent(url -> site.write(Site.SITEMAP, out -> Sitemap.write(url, folders, out)));
            for (Path image : images.files()) {
                site.copy(prepared.file(image), images.path(image));
            }
            for (String font : FONTS) {
                site.write(Site.FONTS + font, out -> copyResource(FONT_DIR + font, out));
            }
        }
        return site.files();
    }

    private static void copyResource(String name, OutputStream out) throws IOException {
        try (InputStream in = Book.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ColumnpressException("The house font file " + name + " is missing from "
                        + "columnpress-core. Check that the core jar is complete.");
            }
            in.transferTo(out);
        }
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The site's folder and the files written into it, {@code index.html} first. */
    private static final class Output {

        private final Path root;
        private final List<RenderedFile> files = new ArrayList<>();

        Output(Path root) {
            this.root = root;
        }

        void write(String relative, Content content) {
            Path file = place(relative);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.write(out);
            } catch (IOException e) {
                throw new ColumnpressException("Could not write " + file + ": " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new ColumnpressException("Could not write " + file + ": " + e.getMessage(), e.getCause());
            }
        }

        void copy(Path source, String relative) {
            Path file = place(relative);
            try {
                Files.copy(source, file);
            } catch (IOException e) {
                throw new ColumnpressException("Could not copy " + source + " to " + file + ": " + e.getMessage(), e);
            }
        }

        private Path place(String relative) {
            Path file = root.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new ColumnpressException("Could not create " + file.getParent() + ": " + e.getMessage(), e);
            }
            // The index is the site's main file; the others are its parts (RenderedFile.Role.COLUMN, not attached).
            files.add(new RenderedFile(file, files.isEmpty() ? RenderedFile.Role.BOOK : RenderedFile.Role.COLUMN, 0));
            return file;
        }

        List<RenderedFile> files() {
            return List.copyOf(files);
        }
    }
}

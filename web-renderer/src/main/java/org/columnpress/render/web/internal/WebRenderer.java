package org.columnpress.render.web.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
import org.columnpress.core.render.Handoffs;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.Resources;

/**
 * Renders a book to a static site in {@code <baseName>-web/}: {@code index.html} (the book's main file), a page
 * per column, part and tag, the Atom feed, the sitemap when the site's address is known, the style sheet, the
 * house fonts, the images and, when the build makes them, the columns' own PDFs. Every link is relative, so
 * the site works from any server's folder and straight from the disk. Thread-safe: it holds settings only.
 */
public final class WebRenderer implements Renderer {

    /** The site's one style sheet. */
    private static final String STYLE_SHEET = Resources.text(WebRenderer.class, "style.css");
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
            Context context = new Context(book, plan, images, chrome, options.reporter());
            ListPages lists = new ListPages(context);
            site.add(Site.INDEX, out -> lists.index(tags, out));
            site.add(Site.FEED, new Feed(context, options.timestamp())::write);
            site.add(Site.CSS, out -> out.write(STYLE_SHEET.getBytes(StandardCharsets.UTF_8)));
            List<String> folders = new ArrayList<>(List.of(""));
            book.columns().forEach(column -> folders.add(Site.column(column)));
            for (Matter matter : Site.pages(java.util.stream.Stream.concat(book.front().stream(),
                    book.back().stream()).toList())) {
                site.add(Site.matter(matter) + Site.INDEX, out -> lists.matter(matter, out));
                folders.add(Site.matter(matter));
            }
            for (Part part : book.parts()) {
                site.add(Site.part(part) + Site.INDEX, out -> lists.part(part, out));
                folders.add(Site.part(part));
            }
            for (Site.Tag tag : tags) {
                site.add(tag.folder() + Site.INDEX, out -> lists.tag(tag, out));
                folders.add(tag.folder());
            }
            settings.siteUrl().ifPresent(url -> site.add(Site.SITEMAP, out -> Sitemap.write(url, folders, out)));
            for (Path image : images.files()) {
                site.add(images.path(image), out -> Files.copy(prepared.file(image), out));
            }
            for (String font : FONTS) {
                site.add(Site.FONTS + font, out -> Resources.copyHouseFont(font, out));
            }
            // Written while the PDF renderer, in the same build, still makes the column PDFs it hands over.
            site.writeAll();
            Map<String, Path> pdfs = handoffs.columnPdfs().await().orElse(Map.of());
            ColumnPage pages = new ColumnPage(context);
            for (int i = 0; i < book.columns().size(); i++) {
                Column column = book.columns().get(i);
                Path pdf = pdfs.get(column.id());
                if (pdf != null) {
                    site.add(Site.pdf(column), out -> Files.copy(pdf, out));
                }
                int index = i;
                site.add(Site.column(column) + Site.INDEX, out -> pages.write(index, pdf != null, out));
            }
            site.writeAll();
        }
        return site.files();
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * The site's folder and the files written into it, in a fixed order ({@code index.html} first) however
     * they are written: each file is added with what to write, then a batch is written on every core.
     */
    private static final class Output {

        private final Path root;
        private final List<RenderedFile> files = new ArrayList<>();
        private final List<Content> pending = new ArrayList<>();
        private final List<Path> pendingFiles = new ArrayList<>();

        Output(Path root) {
            this.root = root;
        }

        /** A file to write with the next batch. */
        void add(String relative, Content content) {
            Path file = root.resolve(relative);
            // The index is the site's main file; the others are its parts (RenderedFile.Role.COLUMN, not attached).
            files.add(new RenderedFile(file, files.isEmpty() ? RenderedFile.Role.BOOK : RenderedFile.Role.COLUMN, 0));
            pendingFiles.add(file);
            pending.add(content);
        }

        /** Writes the files added since the last batch, in parallel: each page is its own. */
        void writeAll() {
            IntStream.range(0, pending.size()).parallel().forEach(i -> write(pendingFiles.get(i), pending.get(i)));
            pending.clear();
            pendingFiles.clear();
        }

        private static void write(Path file, Content content) {
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    content.write(out);
                }
            } catch (IOException e) {
                throw new ColumnpressException("Could not write " + file + ": " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new ColumnpressException("Could not write " + file + ": " + e.getMessage(), e.getCause());
            }
        }

        List<RenderedFile> files() {
            return List.copyOf(files);
        }
    }
}

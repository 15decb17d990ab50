package org.columnpress.core.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.columnpress.core.render.ImageFormat;

/**
 * Maps flexmark's inline nodes to the model. Nothing raw passes: entities become characters, {@code <br>}
 * a line break, other tags are dropped (their text stays), unsafe links become their text, images are
 * lifted out to follow their paragraph.
 */
final class InlineMapper {

    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private final MarkdownContext ctx;

    /** A writer's index mark: an HTML comment, which other Markdown renderers show as nothing. */
    private static final Pattern INDEX_MARK = Pattern.compile("<!--\\s*index:\\s*(\\S.*?)\\s*-->", Pattern.DOTALL);

    InlineMapper(MarkdownContext ctx) {
        this.ctx = ctx;
    }

    List<Inline> children(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            map(child, out);
        }
        return merge(out);
    }

    private void map(Node node, List<Inline> out) {
        if (node instanceof Text) {
            out.add(new Inline.Text(node.getChars().unescape()));
        } else if (node instanceof HtmlEntity) {
            out.add(new Inline.Text(node.getChars().unescape()));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(children(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(children(node)));
        } else if (node instanceof Code code) {
            out.add(new Inline.Code(codeSpan(code.getText().toString())));
        } else if (node instanceof Link link) {
            link(node, link.getUrl().unescape(), out);
        } else if (node instanceof AutoLink link) {
            link(node, link.getUrl().unescape(), out);
        } else if (node instanceof MailLink mail) {
            out.add(new Inline.Link(Links.uri("mailto:" + mail.getText().unescape()),
                    List.of(new Inline.Text(mail.getText().unescape()))));
        } else if (node instanceof LinkRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(ctx.document) : null;
            if (target == null) {
                out.add(new Inline.Text(node.getChars().unescape()));
            } else {
                link(node, target.getUrl().unescape(), out);
            }
        } else if (node instanceof Image image) {
            image(node, image.getUrl().unescape(), image.getTitle().unescape());
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(ctx.document) : null;
            if (target == null) {
                out.add(new Inline.Text(node.getChars().unescape()));
            } else {
                image(node, target.getUrl().unescape(), target.getTitle().unescape());
            }
        } else if (node instanceof Footnote footnote) {
            footnote(footnote, out);
        } else if (node instanceof HtmlInlineComment) {
            // a comment is meant to be invisible; <!-- index: Term --> marks an occurrence of an index term,
            // numbered (and checked against the index) when the whole book is read
            Matcher mark = INDEX_MARK.matcher(node.getChars());
            if (mark.matches()) {
                out.add(new Inline.IndexMark(mark.group(1).strip(), ""));
            }
        } else if (node instanceof HtmlInline) {
            html(node, out);
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                map(child, out);
            }
        }
    }

    private void link(Node node, String target, List<Inline> out) {
        List<Inline> content = children(node);
        if (content.isEmpty()) {
            content = List.of(new Inline.Text(target));
        }
        if (Links.isKept(target) && Links.hasHost(target)) {
            out.add(new Inline.Link(Links.uri(target), content));
        } else if (Links.isKept(target)) {
            ctx.warn(node, "links without a valid host printed as text",
                    "the link to '" + target + "' is printed as plain text: its address names no "
                    + "valid host. Correct the address, or remove the link.");
            out.addAll(content);
        } else {
            ctx.warn(node, target.startsWith("/") ? "links to the author's own site (/…) printed as text"
                    : "links other than http, https and mailto printed as text",
                    "the link to '" + target + "' is printed as plain text: a book keeps only "
                    + "http, https and mailto links. Write the full address, or remove the link.");
            out.addAll(content);
        }
    }

    private void image(Node node, String url, String title) {
        String alt = Inline.plainText(children(node));
        lift(ctx.line(node), url, alt.strip(), title.strip());
    }

    /**
     * Resolves the image and lifts it out of its paragraph. An image without alt text is named here, once,
     * where it is written: the tagged PDF and the EPUB have nothing to say for it to a reader who cannot
     * see it (FOP's own warning about it, per image and per PDF, is not repeated).
     */
    private void lift(int line, String ref, String alt, String caption) {
        Path file = ctx.images.resolve(ctx.file, line, ref, EnumSet.allOf(ImageFormat.class));
        if (alt.isEmpty()) {
            ctx.warn(line, "images without alt text", "the image '" + abbreviate(ref) + "' has no alt text, "
                    + "so a reader who cannot see it hears nothing of it. Describe it in a few words: "
                    + "![A heron on the ice](photo.png), or alt=\"…\" in HTML.");
        }
        ctx.lift(new Block.Image(file, alt, caption));
    }

    /**
     * An {@code <img>} of raw HTML, lifted out as a Markdown image is and resolved by the same rules (a
     * missing file is the same error); one that names no file the book can hold is left out with a warning.
     */
    void htmlImage(Node node, HtmlImages.Image image) {
        int line = ctx.line(node, image.offset());
        String src = image.src();
        String unusable = src.isEmpty() ? "has no src"
                : src.regionMatches(true, 0, "data:", 0, 5) ? "is written into the page (a data: address)"
                : ImageFiles.isWeb(src) && ctx.images.ownSite(src).isEmpty() ? "is on the web, and a book never "
                        + "fetches images" : "";
        if (!unusable.isEmpty()) {
            ctx.warn(line, "HTML images left out (no file in the book folder)", "the HTML image "
                    + (src.isEmpty() ? "" : "'" + src + "' ") + (image.alt().isEmpty() ? ""
                    : "('" + abbreviate(image.alt()) + "') ") + "is left out: it " + unusable + ". Put the image "
                    + "in the book folder and write its path in src (an image of your own site at the same "
                    + "path as on the site, such as /assets/photo.png).");
            return;
        }
        lift(line, src, image.alt(), image.caption());
    }

    private void footnote(Footnote footnote, List<Inline> out) {
        if (footnote.getFootnoteBlock() == null) {
            ctx.warn(footnote, "footnote references without a definition printed as text",
                    "the footnote [^" + footnote.getText() + "] has no definition: printed as "
                    + "text. Add a line '[^" + footnote.getText() + "]: the note' below the text.");
            out.add(new Inline.Text(footnote.getChars().unescape()));
            return;
        }
        String label = footnote.getFootnoteBlock().getText().toString();
        out.add(new Inline.FootnoteRef(ctx.number(label)));
    }

    private void html(Node node, List<Inline> out) {
        String tag = node.getChars().toString();
        String name = HtmlElements.tagName(tag, 0);
        if (BR.matcher(tag).matches()) {
            out.add(new Inline.LineBreak());
        } else if (name.equalsIgnoreCase("img")) {
            HtmlImages.in(tag).forEach(image -> htmlImage(node, image));
        } else if (!name.isEmpty() && !HtmlElements.isElement(name)) {
            out.add(new Inline.Text(tag)); // <your-server> only looks like a tag: it is text
        } else {
            ctx.warnHtml(node, "raw HTML " + abbreviate(tag) + " dropped (its text is kept): a book "
                    + "takes Markdown only. Use Markdown for emphasis, links and images.");
        }
    }

    /** CommonMark: line ends become spaces; one space is stripped from each side when both have one. */
    static String codeSpan(String text) {
        String flat = text.replace('\n', ' ');
        if (flat.length() >= 2 && flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank()) {
            return flat.substring(1, flat.length() - 1);
        }
        return flat;
    }

    private static String abbreviate(String tag) {
        String oneLine = tag.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    /** Joins neighbouring text runs, so that the model holds one Text per run of plain text. */
    static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        StringBuilder run = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                run.append(t.text());
            } else {
                flush(run, out);
                out.add(inline);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<Inline> out) {
        if (run.length() > 0) {
            out.add(new Inline.Text(run.toString()));
            run.setLength(0);
        }
    }
}

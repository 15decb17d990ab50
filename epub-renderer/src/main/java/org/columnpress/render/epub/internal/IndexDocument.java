package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.model.Matter;

/**
 * The index of names and subjects as an EPUB Indexes 1.0 document: a group per initial letter, each term with
 * links to the places it occurs and its "see also" terms, in the order core sorted them (never re-sorted
 * here). A link's text is the print page number when the print edition's pages are known (each page once,
 * linking to the first occurrence on it, as the printed index does), else a running number per term; its
 * title names the column or matter it leads to. A term that occurs nowhere and refers to no other has
 * nothing to link to and is left out (core warned about it); EPUB Indexes does not allow an empty entry.
 */
final class IndexDocument {

    private final Book book;
    private final Plan plan;
    private final Map<String, String> pageLabels;
    private final Map<String, String> titleOf = new HashMap<>();

    /**
     * @param pageLabels each occurrence's print page label, by occurrence id; empty when pages are unknown. They
     *                   are used only when every occurrence has one: an index half in pages, half in running
     *                   numbers would mislead.
     */
    IndexDocument(Book book, Plan plan, Map<String, String> pageLabels) {
        this.book = book;
        this.plan = plan;
        boolean all = book.index().stream().flatMap(term -> term.occurrences().stream())
                .allMatch(occurrence -> pageLabels.containsKey(occurrence.id()));
        this.pageLabels = all ? Map.copyOf(pageLabels) : Map.of();
        book.columns().forEach(c -> titleOf.put(c.id(), c.title()));
        for (List<Matter> matter : List.of(book.front(), book.back())) {
            matter.forEach(m -> m.title().ifPresent(t -> titleOf.put(m.id(), t)));
        }
    }

    /** The terms the index lists: those with a place or a "see also". */
    static List<IndexTerm> listed(Book book) {
        return book.index().stream().filter(t -> !t.occurrences().isEmpty() || !t.seeAlso().isEmpty()).toList();
    }

    void write(OutputStream out) {
        Labels labels = book.labels();
        Xhtml x = Xhtml.document(out, book.language(), labels.get(Label.INDEX), Layout.CSS_FROM_TEXT,
                Partition.BACK);
        // The heading stands before the index, not in it: EPUB Indexes 1.0 (epubcheck, for a manifest item marked
        // "index") asks a document that holds nothing but the index to type its body "index", and a body can
        // take no ARIA role to match (DAISY Ace: epub-type-has-matching-role); the section can.
        x.element("h1", labels.get(Label.INDEX), "id", "index-title", "class", "index-title");
        x.start("section", "class", "index", "role", "doc-index", "aria-labelledby", "index-title")
                .epubType("index");
        Map<String, String> idOf = new HashMap<>();
        // A see-also links to the other term's entry, when it is listed.
        listed(book).forEach(term -> idOf.put(term.term(), term.id()));
        Map<String, List<IndexTerm>> groups = new LinkedHashMap<>();
        listed(book).forEach(term -> groups.computeIfAbsent(term.group(), g -> new ArrayList<>()).add(term));
        int number = 0;
        for (Map.Entry<String, List<IndexTerm>> group : groups.entrySet()) {
            String id = "ixg-" + ++number;
            x.start("section", "class", "index-group", "aria-labelledby", id).epubType("index-group");
            x.element("h2", group.getKey(), "id", id);
            x.start("ul", "class", "index-entries").epubType("index-entry-list");
            group.getValue().forEach(term -> entry(x, term, idOf, labels));
            x.end().end();
        }
        x.end().finish();
    }

    private void entry(Xhtml x, IndexTerm term, Map<String, String> idOf, Labels labels) {
        x.start("li", "id", term.id()).epubType("index-entry");
        x.start("span", "class", "term").epubType("index-term").text(term.term()).end();
        if (!term.occurrences().isEmpty()) {
            x.text(" ");
            x.start("ul", "class", "locators").epubType("index-locator-list");
            int running = 0;
            Set<String> pagesDone = new HashSet<>();
            for (IndexTerm.Occurrence occurrence : term.occurrences()) {
                String text;
                if (pageLabels.isEmpty()) {
                    text = Integer.toString(++running);
                } else {
                    text = pageLabels.get(occurrence.id());
                    if (pagesDone.contains(text)) {
                        continue;
                    }
                    pagesDone.add(text);
                }
                if (running > 1 || pagesDone.size() > 1) {
                    x.text(" "); // the style sheet puts a comma before it; without it the numbers still stand apart
                }
                x.start("li").start("a", "href", Layout.sibling(plan.href(occurrence)),
                        "title", titleOf.get(occurrence.owner())).epubType("index-locator").text(text).end().end();
            }
            x.end();
        }
        if (!term.seeAlso().isEmpty()) {
            x.text(term.occurrences().isEmpty() ? " " : "; ");
            x.start("span", "class", "see-also").epubType("index-xref-related");
            x.start("span", "class", "see-also-label").text(labels.get(Label.SEE_ALSO)).end().text(" ");
            for (int i = 0; i < term.seeAlso().size(); i++) {
                String other = term.seeAlso().get(i);
                if (i > 0) {
                    x.text("; ");
                }
                String target = idOf.get(other);
                if (target == null) { // a term not listed, or (in a hand-made model) none at all
                    x.start("span").epubType("index-term").text(other).end();
                } else {
                    x.start("a", "href", "#" + target).epubType("index-term").text(other).end();
                }
            }
            x.end();
        }
        x.end();
    }
}

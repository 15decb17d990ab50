package org.columnpress.render.pdf.internal;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;

/**
 * FOP's PDF output, allowed to write pages out of order when the PDF is tagged, as it already does
 * when it is not.
 *
 * <p>FOP keeps a page until every reference on it is resolved. The contents' page numbers and links
 * point forward to every column, so the contents pages wait until the last column is laid out. With a
 * tagged PDF, FOP 2.11 also keeps <em>every later page</em> waiting behind them, to write pages in order:
 * a 5,000-column book then holds all its 20,000 pages in memory. Nothing in a tagged PDF needs that order:
 * the structure tree is built from the FO as it is read, each page's marked content and parent-tree
 * entry belong to that page alone, and pages take their place in the page tree by index. So the pages
 * after the contents are written as soon as they are laid out, and the contents pages last. veraPDF
 * (PDF/A-2b, PDF/UA-1) checks the result in the tests.
 */
final class OutOfOrderPdfHandlerMaker extends PDFDocumentHandlerMaker {

    @Override
    public IFDocumentHandler makeIFDocumentHandler(IFContext context) {
        PDFDocumentHandler handler = new PDFDocumentHandler(context) {
            @Override
            public boolean supportsPagesOutOfOrder() {
                return true;
            }
        };
        FOUserAgent agent = context.getUserAgent();
        if (agent.isAccessibilityEnabled()) {
            agent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
        }
        return handler;
    }
}

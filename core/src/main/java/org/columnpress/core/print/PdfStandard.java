package org.columnpress.core.print;

/** The PDF standard a printer's interior follows. */
public enum PdfStandard {
    /** PDF/X-4 with a CMYK output intent: what print shops ask for. */
    PDF_X_4,
    /** PDF/A-2b, like the screen edition, with black text in DeviceGray: for printers that ask for no PDF/X. */
    PDF_A_2B,
    /** Neither: for a printer that names a PDF/X version FOP cannot write (and would misread an output intent). */
    NONE
}

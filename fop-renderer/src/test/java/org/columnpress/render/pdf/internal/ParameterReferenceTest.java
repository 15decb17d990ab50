package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * PARAMETERS.md, the reference the README links, is made from the stylesheets: committed so that it can be
 * read and linked, and checked here against what the stylesheets say now.
 */
class ParameterReferenceTest {

    private static final Path FILE = Path.of(System.getProperty("basedir", ".")).resolve("PARAMETERS.md");

    @Test
    void everyParameterAndAttributeSetHasACommentJustAboveIt() {
        List<String> undocumented = new ArrayList<>();
        for (StylesheetFiles.Sheet sheet : StylesheetFiles.reference()) {
            List<Element> declarations = new ArrayList<>(sheet.topLevel("param"));
            declarations.addAll(sheet.topLevel("attribute-set"));
            for (Element declaration : declarations) {
                if (ParameterReference.comment(declaration).filter(c -> !c.isBlank()).isEmpty()) {
                    undocumented.add(sheet.fileName() + ": " + declaration.getLocalName() + " "
                            + declaration.getAttribute("name"));
                }
            }
        }
        assertThat(undocumented).as("say what each is for in a comment just above it").isEmpty();
    }

    @Test
    void theCommittedReferenceIsWhatTheStylesheetsSayNow() throws Exception {
        String made = ParameterReference.markdown(StylesheetFiles.reference());
        if (Boolean.getBoolean("columnpress.regenerate")) {
            Files.writeString(FILE, made);
            return;
        }
        String committed = Files.exists(FILE) ? Files.readString(FILE) : "";
        if (!committed.equals(made)) {
            List<String> was = committed.lines().toList();
            List<String> now = made.lines().toList();
            int line = 0;
            while (line < was.size() && line < now.size() && was.get(line).equals(now.get(line))) {
                line++;
            }
            fail("fop-renderer/PARAMETERS.md does not match the stylesheets (first difference at line " + (line + 1)
                    + ":\n  committed: " + (line < was.size() ? was.get(line) : "(end)")
                    + "\n  made:      " + (line < now.size() ? now.get(line) : "(end)")
                    + ").\nRewrite it from the stylesheets with\n  " + ParameterReference.REGENERATE
                    + "\nand commit it with the stylesheet change.");
        }
    }
}

package org.columnpress.render.pdf.internal;

import java.util.Properties;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import org.columnpress.core.InputException;

/**
 * Compiled templates whose transformers turn an {@code xsl:message terminate="yes"} into an error that says
 * what the message says (our {@code length-in-mm} stops this way on a length it cannot read). XSLTC hands
 * the text of a message only to the transformer's error listener, and then fails with "Termination forced
 * by an xsl:message instruction"; these transformers keep the text and fail with that instead. Messages
 * that do not terminate are passed on to whatever listener is set, as before.
 */
final class StylesheetMessages implements Templates {

    /** What XSLTC's compiled code throws after a terminating message (not translated). */
    private static final String TERMINATION = "Termination forced by an xsl:message instruction";

    private final Templates compiled;

    StylesheetMessages(Templates compiled) {
        this.compiled = compiled;
    }

    @Override
    public Transformer newTransformer() throws TransformerConfigurationException {
        return new Reporting(compiled.newTransformer());
    }

    @Override
    public Properties getOutputProperties() {
        return compiled.getOutputProperties();
    }

    /** A transformer that remembers the last message of a transformation. Like any, for one thread. */
    private static final class Reporting extends Transformer implements ErrorListener {
        private final Transformer transformer;
        private ErrorListener next;
        private String lastMessage;

        Reporting(Transformer transformer) {
            this.transformer = transformer;
            this.next = transformer.getErrorListener();
            transformer.setErrorListener(this);
        }

        @Override
        public void transform(Source xml, Result output) throws TransformerException {
            lastMessage = null;
            try {
                transformer.transform(xml, output);
            } catch (TransformerException e) {
                if (lastMessage != null && terminated(e)) {
                    throw new InputException(null, 0, "The stylesheet stopped: " + lastMessage.strip(), e);
                }
                throw e;
            }
        }

        private static boolean terminated(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause.getClass() == RuntimeException.class && TERMINATION.equals(cause.getMessage())) {
                    return true;
                }
            }
            return false;
        }

        /** XSLTC reports the text of an xsl:message as a warning. */
        @Override
        public void warning(TransformerException exception) throws TransformerException {
            lastMessage = exception.getMessage();
            if (next != null) {
                next.warning(exception);
            }
        }

        @Override
        public void error(TransformerException exception) throws TransformerException {
            if (next != null) {
                next.error(exception);
            }
        }

        @Override
        public void fatalError(TransformerException exception) throws TransformerException {
            if (next != null) {
                next.fatalError(exception);
            } else {
                throw exception;
            }
        }

        @Override
        public void setParameter(String name, Object value) {
            transformer.setParameter(name, value);
        }

        @Override
        public Object getParameter(String name) {
            return transformer.getParameter(name);
        }

        @Override
        public void clearParameters() {
            transformer.clearParameters();
        }

        @Override
        public void setURIResolver(URIResolver resolver) {
            transformer.setURIResolver(resolver);
        }

        @Override
        public URIResolver getURIResolver() {
            return transformer.getURIResolver();
        }

        @Override
        public void setOutputProperties(Properties properties) {
            transformer.setOutputProperties(properties);
        }

        @Override
        public Properties getOutputProperties() {
            return transformer.getOutputProperties();
        }

        @Override
        public void setOutputProperty(String name, String value) {
            transformer.setOutputProperty(name, value);
        }

        @Override
        public String getOutputProperty(String name) {
            return transformer.getOutputProperty(name);
        }

        /** A listener set from outside gets every report; this one stays in front of it. */
        @Override
        public void setErrorListener(ErrorListener listener) {
            if (listener == null) {
                throw new IllegalArgumentException("The error listener must not be null");
            }
            this.next = listener;
        }

        @Override
        public ErrorListener getErrorListener() {
            return next;
        }

        @Override
        public void reset() {
            transformer.reset();
            transformer.setErrorListener(this);
            lastMessage = null;
        }
    }
}

package org.columnpress.render.pdf.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import net.sf.saxon.jaxp.TransformerImpl;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Message;
import org.columnpress.core.InputException;

/**
 * Compiled templates whose transformers turn an {@code xsl:message terminate="yes"} into an error that says
 * what the message says, and where when the message is in the user's stylesheet (our {@code length-in-mm}
 * stops this way on a length it cannot read). Saxon hands messages to a message handler and then fails with
 * "Processing terminated by xsl:message"; these transformers keep the text and fail with that instead.
 * Messages that do not terminate are passed on, as warnings, to whatever error listener is set; Saxon's own
 * printing to the standard error stream is replaced, as an exception carries every error anyway.
 */
final class StylesheetMessages implements Templates {

    private final Templates compiled;

    StylesheetMessages(Templates compiled) {
        this.compiled = compiled;
    }

    @Override
    public Transformer newTransformer() throws TransformerConfigurationException {
        return new Reporting((TransformerImpl) compiled.newTransformer());
    }

    @Override
    public Properties getOutputProperties() {
        return compiled.getOutputProperties();
    }

    /** A transformer that remembers the terminating message of a transformation. Like any, for one thread. */
    private static final class Reporting extends Transformer implements ErrorListener {
        private final TransformerImpl transformer;
        private ErrorListener next;
        private Message stop;

        Reporting(TransformerImpl transformer) {
            this.transformer = transformer;
            listen();
        }

        private void listen() {
            transformer.setErrorListener(this);
            transformer.getUnderlyingXsltTransformer().setMessageHandler(this::message);
        }

        @Override
        public void transform(Source xml, Result output) throws TransformerException {
            stop = null;
            try {
                transformer.transform(xml, output);
            } catch (TransformerException e) {
                if (stop != null) {
                    Location at = stop.getLocation();
                    String systemId = at != null ? at.getSystemId() : null;
                    Path file = systemId != null && systemId.startsWith("file:") ? Path.of(URI.create(systemId)) : null;
                    throw new InputException(file, file != null ? Math.max(0, at.getLineNumber()) : 0,
                            file != null ? Math.max(0, at.getColumnNumber()) : 0,
                            "The stylesheet stopped: " + stop.getStringValue().strip(), e);
                }
                throw e;
            }
        }

        private void message(Message message) {
            if (message.isTerminate()) {
                stop = message;
            } else if (next != null) {
                try {
                    next.warning(new TransformerException(message.getStringValue().strip(), message.getLocation()));
                } catch (TransformerException e) {
                    throw new UncheckedTransformerException(e);
                }
            }
        }

        @Override
        public void warning(TransformerException exception) throws TransformerException {
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

        /** Saxon throws the error after reporting it; without a listener, the exception alone tells. */
        @Override
        public void fatalError(TransformerException exception) throws TransformerException {
            if (next != null) {
                next.fatalError(exception);
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
            listen();
            stop = null;
        }
    }

    /** A listener's refusal of a message, carried out of Saxon's message handler. */
    private static final class UncheckedTransformerException extends RuntimeException {
        UncheckedTransformerException(TransformerException cause) {
            super(cause);
        }
    }
}

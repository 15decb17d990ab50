package org.columnpress.core.render;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.columnpress.core.ColumnpressException;

/** The renderer factories on a class path, by name. */
public final class Renderers {

    private final Map<String, RendererFactory> byName;

    private Renderers(Map<String, RendererFactory> byName) {
        this.byName = byName;
    }

    /**
     * Finds every {@link RendererFactory} that {@code loader} can see through {@link ServiceLoader}.
     *
     * @param loader the class loader whose class path holds the renderer modules
     * @return the factories found, by name; may be none
     * @throws ColumnpressException if two different factories have the same name
     */
    public static Renderers discover(ClassLoader loader) {
        Map<String, RendererFactory> found = new TreeMap<>();
        for (RendererFactory factory : ServiceLoader.load(RendererFactory.class, loader)) {
            RendererFactory clash = found.putIfAbsent(factory.name(), factory);
            if (clash != null && clash.getClass() != factory.getClass()) {
                throw new ColumnpressException("Two renderers are named '" + factory.name() + "': "
                        + clash.getClass().getName() + " and " + factory.getClass().getName()
                        + ". Remove one of them from the class path.");
            }
        }
        return new Renderers(found);
    }

    /**
     * The given factories, for callers that assemble renderers themselves rather than discover them.
     *
     * @param factories factories with different names
     * @return the factories, by name
     * @throws ColumnpressException if two have the same name
     */
    public static Renderers of(RendererFactory... factories) {
        Map<String, RendererFactory> byName = new TreeMap<>();
        for (RendererFactory factory : factories) {
            if (byName.putIfAbsent(factory.name(), factory) != null) {
                throw new ColumnpressException("Two renderers are named '" + factory.name() + "'.");
            }
        }
        return new Renderers(byName);
    }

    /**
     * The factory for a format, or an error that lists the known formats.
     *
     * @param name the format's name, such as {@code pdf}
     * @return the factory
     * @throws ColumnpressException if no factory has that name
     */
    public RendererFactory get(String name) {
        RendererFactory factory = byName.get(name);
        if (factory == null) {
            throw new ColumnpressException("No renderer for format '" + name + "'. Known formats: "
                    + (byName.isEmpty() ? "none (is a renderer module on the class path?)"
                    : String.join(", ", byName.keySet())) + ".");
        }
        return factory;
    }

    /**
     * The formats known.
     *
     * @return the names, sorted
     */
    public java.util.Set<String> names() {
        return byName.keySet();
    }
}

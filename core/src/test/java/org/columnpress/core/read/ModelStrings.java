package org.columnpress.core.read;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every string held anywhere in a model tree (records, lists, optionals), for invariants in tests. */
final class ModelStrings {

    private ModelStrings() {
    }

    static List<String> of(Object root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. */
    static boolean hasXmlForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> items) {
            items.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}

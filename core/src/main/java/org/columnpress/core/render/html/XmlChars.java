package org.columnpress.core.render.html;

/** Text made safe for XML 1.0. */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * Drops the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
     * lone surrogates, U+FFFE and U+FFFF): StAX would write them and leave a document no reader opens.
     *
     * @param text the text; not null
     * @return the text without those characters; the same string when it had none
     */
    public static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF
                        && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}

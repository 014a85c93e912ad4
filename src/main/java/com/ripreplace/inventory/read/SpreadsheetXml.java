package com.ripreplace.inventory.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What reading any part of an .xlsx takes from the XML parser (Aalto's StAX): a safely configured factory,
 * events with document type declarations refused, the text of a string item, Excel's character escapes,
 * and a bound on the names a part may use.
 */
final class SpreadsheetXml {

    private SpreadsheetXml() {
    }

    /** A parser factory: document type declarations unsupported, external entities never resolved. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * Reading a part stopped because of what the part holds; the message completes "The part … " (see
     * {@link RefusedPart#in}, which names the part).
     */
    static final class Refusal extends XMLStreamException {
        Refusal(String rest) {
            super(rest);
        }
    }

    /** The next event; a document type declaration is refused (external entities are never resolved anyway). */
    static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new Refusal(FileInspector.DECLARES_DTD);
        }
        return event;
    }

    /**
     * The text of a string item ({@code <si>} or a cell's {@code <is>}): its {@code <t>}, or the {@code <t>} of
     * each formatted run in turn; phonetic guides ({@code <rPh>}) are not part of the text. Reads to the end of
     * the element.
     */
    static String text(XMLStreamReader xml, Names names) throws XMLStreamException {
        String single = null;
        StringBuilder joined = null;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    String part = xml.getElementText();
                    if (phonetic > 0) {
                        continue;
                    }
                    part = unescape(part);
                    if (single == null && joined == null) {
                        single = part;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(single);
                        }
                        joined.append(part);
                    }
                    continue;
                }
                names.check(xml);
                depth++;
                if (name.equals("rPh")) {
                    phonetic++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return joined != null ? joined.toString() : single == null ? "" : single;
    }

    /**
     * Excel's escape for a character XML cannot hold, {@code _xHHHH_} ({@code _x000D_} is a carriage return;
     * {@code _x005F_} an underscore, which is how a text that itself reads "_x0041_" is written), undone.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder plain = null;
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                if (plain == null) {
                    plain = new StringBuilder(text.length());
                }
                plain.append(text, from, at).append((char) Integer.parseInt(text, at + 2, at + 6, 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return plain == null ? text : plain.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distinct element and attribute names one part uses. A genuine part uses a few dozen; a hostile one
     * with hundreds of thousands makes the parser's name table slow quadratically (seconds for a few hundred
     * kilobytes), so past {@link #MOST} the part is refused.
     */
    static final class Names {
        static final int MOST = 2_000;
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        /** Notes the current element's name and its attributes' names. */
        void check(XMLStreamReader xml) throws XMLStreamException {
            note(xml.getLocalName());
            for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
                note(xml.getAttributeLocalName(i));
            }
        }

        private void note(String name) throws XMLStreamException {
            if (seen.add(name) && seen.size() > MOST) {
                throw new Refusal("uses more than " + MOST + " different XML names, where a genuine Excel sheet"
                        + " uses a few dozen: refused as a possible attack on the reader.");
            }
        }
    }
}

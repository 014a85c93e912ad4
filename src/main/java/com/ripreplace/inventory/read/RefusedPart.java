package com.ripreplace.inventory.read;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;

/**
 * A part of a workbook refused for what it holds or gives (more bytes than it states, a document type
 * declaration, thousands of XML names); the message is the one sentence the user reads.
 */
final class RefusedPart extends IOException {

    RefusedPart(String sentence) {
        super(sentence);
    }

    /**
     * Why reading the part stopped, when it was refused: the refusal among the exception's causes (the XML
     * parser wraps what its input stream throws), or the parser-side {@link SpreadsheetXml.Refusal} sentence
     * naming {@code part}; null when the part is merely damaged.
     */
    static RefusedPart in(Throwable e, String part) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof RefusedPart refused) {
                return refused;
            }
            if (cause instanceof SpreadsheetXml.Refusal refusal) {
                return new RefusedPart("The part " + part + " " + refusal.getMessage());
            }
        }
        return null;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof XMLStreamException xml && xml.getNestedException() != null) {
            return xml.getNestedException();
        }
        return e.getCause();
    }
}

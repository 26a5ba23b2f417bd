package org.voxgate.sip.internal.parse;

import java.util.ArrayList;
import java.util.List;

import gov.nist.core.NameValue;

/** {@code *(;name[=value])} with token names and token values, no blanks: the plain form of header and URI parameters. */
final class Params {
    /** The parameters read and where they ended (the first character that is not part of one). */
    final List<NameValue> values = new ArrayList<>(4);
    int end;

    private Params() {}

    /**
     * Parameters from {@code at} on (each starting with ';') up to the first other character, or null when one is
     * not plain. {@code via}: as the RI's Via parser reads them (names in lower case, a flag without a value);
     * otherwise as its address and URI parsers do (names as written, a flag with the empty value).
     */
    static Params read(String s, int at, int to, boolean via) {
        Params p = new Params();
        while (at < to && s.charAt(at) == ';') {
            int nameEnd = Text.tokenEnd(s, at + 1, to);
            if (nameEnd == at + 1) {
                return null;
            }
            String name = s.substring(at + 1, nameEnd);
            if (via) {
                name = name.toLowerCase();
            }
            if (nameEnd < to && s.charAt(nameEnd) == '=') {
                int valueEnd = Text.tokenEnd(s, nameEnd + 1, to);
                if (valueEnd == nameEnd + 1) {
                    return null;
                }
                p.values.add(new NameValue(name, s.substring(nameEnd + 1, valueEnd), false));
                at = valueEnd;
            } else {
                p.values.add(via ? new NameValue(name, null) : new NameValue(name, "", true));
                at = nameEnd;
            }
        }
        p.end = at;
        return p;
    }
}

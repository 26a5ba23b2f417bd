package org.voxgate.sip.internal.parse;

import java.text.ParseException;

import gov.nist.core.HostPort;
import gov.nist.core.NameValue;
import gov.nist.javax.sip.address.AddressImpl;
import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.AddressParametersHeader;
import gov.nist.javax.sip.header.Contact;
import gov.nist.javax.sip.header.ContactList;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.To;

/**
 * {@code From}, {@code To} and {@code Contact} in their plain form: {@code ["display" | display] <sip:[user@]host
 * [:port][;uri-params]>[;params]}, one value. No escapes, no URI headers, no {@code sips:}/{@code tel:}, no
 * addr-spec without angle brackets (there the RI decides which parameters are the URI's).
 */
final class PlainAddresses {
    private PlainAddresses() {}

    static SIPHeader from(String s, int from, int to) throws ParseException {
        return fill(new From(), s, from, to);
    }

    static SIPHeader to(String s, int from, int to) throws ParseException {
        return fill(new To(), s, from, to);
    }

    static SIPHeader contact(String s, int from, int to) throws ParseException {
        Contact contact = new Contact();
        if (fill(contact, s, from, to) == null) {
            return null;
        }
        ContactList list = new ContactList();
        list.add(contact);
        return list;
    }

    private static <H extends AddressParametersHeader> H fill(H header, String s, int from, int to)
            throws ParseException {
        AddressImpl address = new AddressImpl();
        int open = displayName(s, from, to, address);
        if (open < 0) {
            return null;
        }
        int close = s.indexOf('>', open);
        if (close < 0 || close >= to) {
            return null;
        }
        SipUri uri = sipUri(s, open + 1, close);
        if (uri == null) {
            return null;
        }
        address.setAddressType(AddressImpl.NAME_ADDR);
        address.setURI(uri);
        Params params = Params.read(s, close + 1, to, false);
        if (params == null || params.end != to) {
            return null;
        }
        header.setAddress(address);
        for (NameValue nv : params.values) {
            header.setParameter(nv);
        }
        return header;
    }

    /** The display name, if any, set on {@code address}; the index of '&lt;', or -1 when not plain. */
    private static int displayName(String s, int from, int to, AddressImpl address) {
        if (s.charAt(from) == '<') {
            return from;
        }
        if (s.charAt(from) == '"') {
            int end = s.indexOf('"', from + 1);
            if (end < 0 || end >= to || s.lastIndexOf('\\', end) > from) {
                return -1;
            }
            int open = Text.skipBlanks(s, end + 1);
            if (open >= to || s.charAt(open) != '<') {
                return -1;
            }
            address.setDisplayName(s.substring(from + 1, end).trim()); // as the RI: trimmed
            return open;
        }
        int at = from; // a display name of words (not "*": Contact's wildcard, which the RI looks for first)
        while (at < to && (Text.isWordChar(s.charAt(at)) || Text.isBlank(s.charAt(at)))) {
            at++;
        }
        if (at >= to || s.charAt(at) != '<') {
            return -1;
        }
        address.setDisplayName(s.substring(from, at).trim());
        return at;
    }

    /** {@code sip:[user@]host[:port][;params]} exactly filling {@code from..to}, or null. */
    static SipUri sipUri(String s, int from, int to) throws ParseException {
        if (!s.startsWith("sip:", from)) {
            return null;
        }
        int at = from + 4;
        int userEnd = at;
        while (userEnd < to && Text.isUserChar(s.charAt(userEnd))) {
            userEnd++;
        }
        SipUri uri = new SipUri();
        uri.setScheme("sip");
        if (userEnd < to && s.charAt(userEnd) == '@') {
            if (userEnd == at) {
                return null;
            }
            uri.setUser(s.substring(at, userEnd));
            at = userEnd + 1;
        }
        HostPort hostPort = new HostPort();
        at = PlainVia.hostPort(s, at, to, hostPort);
        if (at < 0) {
            return null;
        }
        uri.setHostPort(hostPort);
        Params params = Params.read(s, at, to, false);
        if (params == null || params.end != to) {
            return null;
        }
        for (NameValue nv : params.values) {
            uri.setUriParameter(nv);
        }
        return uri;
    }
}

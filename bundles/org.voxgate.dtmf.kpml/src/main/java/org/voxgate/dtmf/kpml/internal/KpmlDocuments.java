package org.voxgate.dtmf.kpml.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The KPML documents (RFC 4730): the request we subscribe with, the reports we send, and parsing the peer's. */
final class KpmlDocuments {
    static final String REQUEST_TYPE = "application/kpml-request+xml";
    static final String RESPONSE_TYPE = "application/kpml-response+xml";

    /** Exactly what IOS subscribes with (semantics §1.4): every key, persistent, tag "dtmf". */
    static final String REQUEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<kpml-request xmlns=\"urn:ietf:params:xml:ns:kpml-request\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"urn:ietf:params:xml:ns:kpml-request kpml-request.xsd\" version=\"1.0\">"
            + "<pattern persist=\"persist\"><regex tag=\"dtmf\">[x*#ABCD]</regex></pattern></kpml-request>";

    /** KPML status codes (RFC 4730 §5.4): 200 a match; 501 a request this notifier cannot serve. */
    static final int SUCCESS = 200;
    static final int BAD_DOCUMENT = 501;

    /** How long a subscription lasts after it reported (RFC 4730 {@code persist}); absent means one-shot. */
    enum Persist {
        ONE_SHOT, PERSIST, SINGLE_NOTIFY;

        static Optional<Persist> parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "", "one-shot" -> Optional.of(ONE_SHOT);
                case "persist" -> Optional.of(PERSIST);
                case "single-notify" -> Optional.of(SINGLE_NOTIFY);
                default -> Optional.empty();
            };
        }
    }

    /** A peer's kpml-request: either served ({@code regexes} non-empty) or refused with a reason. */
    record Request(Persist persist, List<DigitRegex> regexes, String unsupported) {
        boolean supported() {
            return unsupported == null;
        }
    }

    /** A peer's kpml-response: its status code and the keys it reported. */
    record Response(int code, String digits, String tag) {}

    private KpmlDocuments() {}

    static byte[] request() {
        return REQUEST.getBytes(StandardCharsets.UTF_8);
    }

    /** The report of one key, e.g. {@code <kpml-response version="1.0" code="200" text="OK" digits="1" tag="dtmf"/>}. */
    static byte[] report(char key, String tag) {
        String t = tag == null ? "" : " tag=\"" + escape(tag) + "\"";
        return ("<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"" + escape(String.valueOf(key)) + "\""
                + t + "/>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] error(int code, String text) {
        return ("<kpml-response version=\"1.0\" code=\"" + code + "\" text=\"" + escape(text) + "\"/>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a kpml-request. Empty when the body is not a well-formed kpml-request (SIP 400); a {@link Request} that
     * is not {@linkplain Request#supported() supported} when it asks for more than single-key regexes (KPML 501).
     * Timer and {@code enterkey}/{@code suppress} attributes are ignored: with one-key patterns every key is a
     * complete match at once, and IOS ignores suppression too.
     */
    static Optional<Request> parseRequest(byte[] body) {
        Optional<Element> root = parse(body, "kpml-request");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<Element> patterns = children(root.get(), "pattern");
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        String version = root.get().getAttribute("version");
        if (!version.isEmpty() && !version.equals("1.0")) {
            return Optional.of(new Request(Persist.ONE_SHOT, List.of(), "version " + version));
        }
        if (patterns.size() > 1) {
            return Optional.of(new Request(Persist.ONE_SHOT, List.of(), "more than one pattern"));
        }
        Element pattern = patterns.get(0);
        Optional<Persist> persist = Persist.parse(pattern.getAttribute("persist"));
        if (persist.isEmpty()) {
            return Optional.of(new Request(Persist.ONE_SHOT, List.of(), "persist=" + pattern.getAttribute("persist")));
        }
        List<DigitRegex> regexes = new ArrayList<>();
        for (Element regex : children(pattern, "regex")) {
            String tag = regex.hasAttribute("tag") ? regex.getAttribute("tag") : null;
            Optional<DigitRegex> r = DigitRegex.parse(regex.getTextContent(), tag);
            if (r.isEmpty()) {
                return Optional.of(new Request(persist.get(), List.of(), "regex " + regex.getTextContent().trim()));
            }
            regexes.add(r.get());
        }
        if (regexes.isEmpty()) {
            return Optional.of(new Request(persist.get(), List.of(), "no regex"));
        }
        return Optional.of(new Request(persist.get(), List.copyOf(regexes), null));
    }

    /** Parses a kpml-response; empty when it is not one or has no numeric {@code code}. */
    static Optional<Response> parseResponse(byte[] body) {
        return parse(body, "kpml-response").flatMap(e -> {
            try {
                int code = Integer.parseInt(e.getAttribute("code").trim());
                return Optional.of(new Response(code, e.getAttribute("digits"),
                        e.hasAttribute("tag") ? e.getAttribute("tag") : null));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Element> parse(byte[] body, String rootName) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            Element root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            return rootName.equals(name(root)) ? Optional.of(root) : Optional.empty();
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /** A parser that reads no DTD and no external entity: the body comes from the network. */
    private static DocumentBuilder builder() {
        try {
            // The JDK's own parser, not whatever a bundle's context class loader might offer: the features below
            // are the JDK's, and a surprise provider lacking them must not break every SUBSCRIBE.
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT); // the default handler prints every peer's bad body to stderr
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Elements are matched by local name: peers differ in whether they declare the KPML namespace. */
    private static String name(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(name(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}

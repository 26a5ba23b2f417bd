package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxgate.dtmf.kpml.internal.KpmlDocuments.Persist;

class KpmlDocumentsTest {
    private static final String NS = "xmlns=\"urn:ietf:params:xml:ns:kpml-request\"";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String request(String pattern) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kpml-request " + NS + " version=\"1.0\">" + pattern
                + "</kpml-request>";
    }

    @Test
    void subscribeBodyIsTheIosOneWithItsLinesJoined() {
        // semantics §1.4 wraps this one-line body over three lines; the wraps are single spaces.
        assertThat(new String(KpmlDocuments.request(), StandardCharsets.UTF_8)).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kpml-request xmlns=\"urn:ietf:params:xml:ns:kpml-request\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:ietf:params"
                        + ":xml:ns:kpml-request kpml-request.xsd\" version=\"1.0\"><pattern persist=\"persist\"><regex"
                        + " tag=\"dtmf\">[x*#ABCD]</regex></pattern></kpml-request>");
    }

    @Test
    void reportIsTheIosOne() {
        assertThat(new String(KpmlDocuments.report('1', "dtmf"), StandardCharsets.UTF_8))
                .isEqualTo("<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"1\" tag=\"dtmf\"/>");
        assertThat(new String(KpmlDocuments.report('#', null), StandardCharsets.UTF_8))
                .isEqualTo("<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"#\"/>");
        assertThat(new String(KpmlDocuments.report('*', "a\"<&"), StandardCharsets.UTF_8))
                .endsWith("tag=\"a&quot;&lt;&amp;\"/>");
        assertThat(new String(KpmlDocuments.error(501, "Bad Document"), StandardCharsets.UTF_8))
                .isEqualTo("<kpml-response version=\"1.0\" code=\"501\" text=\"Bad Document\"/>");
    }

    @Test
    void ourOwnRequestParsesAsPersistentForEveryKey() {
        KpmlDocuments.Request r = KpmlDocuments.parseRequest(KpmlDocuments.request()).orElseThrow();
        assertThat(r.supported()).isTrue();
        assertThat(r.persist()).isEqualTo(Persist.PERSIST);
        assertThat(r.regexes()).containsExactly(new DigitRegex("0123456789*#ABCD", "dtmf"));
    }

    @Test
    void cucmStyleRequestWithTimersIsServed() {
        String body = request("<pattern criticaldigittimer=\"1000\" extradigittimer=\"500\" interdigittimer=\"10000\""
                + " persist=\"persist\"><regex tag=\"dtmf\">[x#*+]</regex></pattern>");
        // '+' is no key: CUCM's '+' regex is refused, not half-served.
        assertThat(KpmlDocuments.parseRequest(bytes(body)).orElseThrow().supported()).isFalse();
        String ok = request("<pattern interdigittimer=\"10000\" persist=\"persist\"><regex tag=\"d\">x</regex>"
                + "<regex tag=\"s\">[*#]</regex></pattern>");
        KpmlDocuments.Request r = KpmlDocuments.parseRequest(bytes(ok)).orElseThrow();
        assertThat(r.supported()).isTrue();
        assertThat(r.regexes()).containsExactly(new DigitRegex("0123456789", "d"), new DigitRegex("*#", "s"));
    }

    @Test
    void persistDefaultsToOneShot() {
        assertThat(KpmlDocuments.parseRequest(bytes(request("<pattern><regex>x</regex></pattern>"))).orElseThrow()
                .persist()).isEqualTo(Persist.ONE_SHOT);
        assertThat(KpmlDocuments.parseRequest(bytes(request("<pattern persist=\"single-notify\"><regex>x</regex>"
                + "</pattern>"))).orElseThrow().persist()).isEqualTo(Persist.SINGLE_NOTIFY);
    }

    @Test
    void namespaceIsNotRequired() {
        String body = "<kpml-request version=\"1.0\"><pattern><regex>1</regex></pattern></kpml-request>";
        assertThat(KpmlDocuments.parseRequest(bytes(body)).orElseThrow().supported()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "<pattern><regex>xxx</regex></pattern>", "<pattern><regex>L1</regex></pattern>",
            "<pattern><regex>1</regex></pattern><pattern><regex>2</regex></pattern>",
            "<pattern persist=\"forever\"><regex>1</regex></pattern>", "<pattern></pattern>" })
    void wellFormedButUnservableRequestsAreRefusedAsKpml(String pattern) {
        KpmlDocuments.Request r = KpmlDocuments.parseRequest(bytes(request(pattern))).orElseThrow();
        assertThat(r.supported()).isFalse();
        assertThat(r.unsupported()).isNotBlank();
    }

    @Test
    void otherVersionsAreRefusedAsKpml() {
        String body = "<kpml-request version=\"2.0\"><pattern><regex>1</regex></pattern></kpml-request>";
        assertThat(KpmlDocuments.parseRequest(bytes(body)).orElseThrow().supported()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not xml", "<kpml-request version=\"1.0\"><pattern>",
            "<kpml-response version=\"1.0\" code=\"200\"/>", "<kpml-request version=\"1.0\"/>",
            "<?xml version=\"1.0\"?><!DOCTYPE kpml-request [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<kpml-request><pattern><regex>&x;</regex></pattern></kpml-request>" })
    void malformedRequestsAreNotRequests(String body) {
        assertThat(KpmlDocuments.parseRequest(bytes(body))).isEmpty();
    }

    @Test
    void parsesResponses() {
        assertThat(KpmlDocuments.parseResponse(
                bytes("<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"1\" tag=\"dtmf\"/>")))
                .contains(new KpmlDocuments.Response(200, "1", "dtmf"));
        assertThat(KpmlDocuments.parseResponse(bytes("<?xml version=\"1.0\"?><kpml-response xmlns=\"urn:ietf:params"
                + ":xml:ns:kpml-response\" version=\"1.0\" code=\"423\" text=\"Timer Expired\"/>")))
                .contains(new KpmlDocuments.Response(423, "", null));
        assertThat(KpmlDocuments.parseResponse(bytes("<kpml-response version=\"1.0\" text=\"OK\"/>"))).isEmpty();
        assertThat(KpmlDocuments.parseResponse(bytes("<kpml-response code=\"2x\"/>"))).isEmpty();
        assertThat(KpmlDocuments.parseResponse(bytes("<kpml-request/>"))).isEmpty();
    }
}

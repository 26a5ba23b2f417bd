package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 2617 §3.5 and RFC 7616 §3.9.1 test vectors, challenge parsing and the Authorization value. */
class DigestTest {

    @Test
    void rfc2617Example() {
        assertThat(Digest.response("MD5", "Mufasa", "testrealm@host.com", "Circle Of Life",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "0a4f113b", "00000001", "auth", "GET", "/dir/index.html", ""))
                .isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void rfc7616ExampleMd5() {
        assertThat(Digest.response("MD5", "Mufasa", "http-auth@example.org", "Circle of Life", RFC7616_NONCE,
                RFC7616_CNONCE, "00000001", "auth", "GET", "/dir/index.html", ""))
                .isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void rfc7616ExampleSha256() {
        assertThat(Digest.response("SHA-256", "Mufasa", "http-auth@example.org", "Circle of Life", RFC7616_NONCE,
                RFC7616_CNONCE, "00000001", "auth", "GET", "/dir/index.html", ""))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void rfc2069WithoutQop() {
        // H(H(A1):nonce:H(A2)) with A1 = user:realm:pass, A2 = method:uri
        String ha1 = Digest.hash("MD5", "alice:atlanta.com:secret");
        String ha2 = Digest.hash("MD5", "REGISTER:sip:atlanta.com");
        assertThat(Digest.response("MD5", "alice", "atlanta.com", "secret", "abc", null, null, null, "REGISTER",
                "sip:atlanta.com", "")).isEqualTo(Digest.hash("MD5", ha1 + ":abc:" + ha2));
    }

    @Test
    void sessVariantHashesTheNonceIntoHa1() {
        String ha1 = Digest.hash("SHA-256", Digest.hash("SHA-256", "u:r:p") + ":n:c");
        String ha2 = Digest.hash("SHA-256", "REGISTER:sip:r");
        assertThat(Digest.response("SHA-256-sess", "u", "r", "p", "n", "c", "00000001", "auth", "REGISTER", "sip:r", ""))
                .isEqualTo(Digest.hash("SHA-256", ha1 + ":n:00000001:c:auth:" + ha2));
    }

    @Test
    void parsesChallengesWithQuotedCommasAndEscapes() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"a, \\\"b\\\"\", nonce=\"n1\", qop=\"auth,auth-int\", "
                + "algorithm=sha-256, opaque=\"op\", stale=TRUE", false);
        assertThat(c.realm()).isEqualTo("a, \"b\"");
        assertThat(c.nonce()).isEqualTo("n1");
        assertThat(c.qop()).containsExactly("auth", "auth-int");
        assertThat(c.algorithm()).isEqualTo("SHA-256");
        assertThat(c.opaque()).isEqualTo("op");
        assertThat(c.stale()).isTrue();
        assertThat(c.supported()).isTrue();
    }

    @Test
    void defaultsAndRejects() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"r\",nonce=\"n\"", true);
        assertThat(c.algorithm()).isEqualTo("MD5");
        assertThat(c.qop()).isEmpty();
        assertThat(c.proxy()).isTrue();
        assertThat(DigestChallenge.parse("Basic realm=\"r\"", false)).isNull();
        assertThat(DigestChallenge.parse("Digest nonce=\"n\"", false)).isNull();
        assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=AKAv1-MD5", false).supported()).isFalse();
    }

    @Test
    void picksTheTopmostSupportedChallenge() {
        List<String> offered = List.of("Digest realm=\"r\", nonce=\"1\", algorithm=AKAv1-MD5",
                "Digest realm=\"r\", nonce=\"2\", algorithm=SHA-256, qop=\"auth\"",
                "Digest realm=\"r\", nonce=\"3\", algorithm=MD5, qop=\"auth\"");
        assertThat(DigestChallenge.pick(offered, false).nonce()).isEqualTo("2");
    }

    @Test
    void authorizationHeaderCarriesEverythingTheServerChecks() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", "
                + "algorithm=SHA-256, nonce=\"" + RFC7616_NONCE + "\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"", false);
        DigestSession s = new DigestSession(c, new SipUaSettings.Credentials(null, "Mufasa", "Circle of Life", null),
                () -> RFC7616_CNONCE);
        assertThat(s.headerName()).isEqualTo("Authorization");
        assertThat(s.authorize("GET", "/dir/index.html", "")).isEqualTo("Digest username=\"Mufasa\", "
                + "realm=\"http-auth@example.org\", nonce=\"" + RFC7616_NONCE + "\", uri=\"/dir/index.html\", "
                + "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\", algorithm=SHA-256, "
                + "cnonce=\"" + RFC7616_CNONCE + "\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\", "
                + "qop=auth, nc=00000001");
        assertThat(s.authorize("GET", "/dir/index.html", "")).contains("nc=00000002");
    }

    @Test
    void proxyChallengeIsAnsweredInProxyAuthorization() {
        DigestChallenge c = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\"", true);
        DigestSession s = new DigestSession(c, new SipUaSettings.Credentials(null, "u", "p", null), () -> "x");
        assertThat(s.headerName()).isEqualTo("Proxy-Authorization");
        assertThat(s.authorize("REGISTER", "sip:r", "")).doesNotContain("qop").doesNotContain("cnonce").doesNotContain("nc=");
    }
}

package org.voxgate.registrar.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.registrar.server.internal.Fixtures.T0;
import static org.voxgate.registrar.server.internal.Fixtures.at;
import static org.voxgate.registrar.server.internal.Fixtures.contact;
import static org.voxgate.registrar.server.internal.Fixtures.registrar;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.voxgate.registrar.server.internal.DigestAuthenticator.Algorithm;
import org.voxgate.registrar.server.internal.Fixtures.MemoryStore;
import org.voxgate.registrar.server.internal.Fixtures.Req;
import org.voxgate.spi.registrar.RegisterResult;

/** Digest authentication of a pool with a username, through the registrar. */
class DigestAuthenticatorTest {
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private final MemoryStore store = new MemoryStore();
    private final SrstRegistrar registrar = registrar(store,
            Map.of("registrar.server", true, "authenticate.realm", "branch1"),
            Pool.of(1, "6...", null, null, "alice", "s3cret"), Pool.of(2, "7...", null, null, null, null));

    /** What a phone sends back for a challenge. */
    static String authorization(String challenge, Algorithm algorithm, String user, String password, String uri) {
        Matcher m = NONCE.matcher(challenge);
        assertThat(m.find()).isTrue();
        String nonce = m.group(1);
        String realm = challenge.replaceAll(".*realm=\"([^\"]*)\".*", "$1");
        String ha1 = algorithm.hash(user + ":" + realm + ":" + password);
        String ha2 = algorithm.hash("REGISTER:" + uri);
        String response = algorithm.hash(ha1 + ":" + nonce + ":00000001:0a4f113b:auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\", algorithm=" + algorithm.wire + ", cnonce=\"0a4f113b\", qop=auth, nc=00000001";
    }

    private RegisterResult register(String authorization, long cseq) {
        return registrar.register(Req.register(contact("sip:6001@127.0.0.1:5062")).call("c1", cseq)
                .authorization(authorization).build());
    }

    private String challenge() {
        RegisterResult r = register(null, 1);
        assertThat(r.status()).isEqualTo(401);
        return r.wwwAuthenticate();
    }

    @Test
    void aRegisterWithoutCredentialsIsChallenged() {
        assertThat(challenge()).matches("Digest realm=\"branch1\", nonce=\"[A-Za-z0-9_-]{43}\", algorithm=MD5, qop=\"auth\"");
        assertThat(store.puts).isZero();
    }

    @Test
    void thePoolsWithoutUsernameDoNotAuthenticate() {
        assertThat(registrar.register(Req.register(contact("sip:7001@h")).aor("7001").build()).status()).isEqualTo(200);
    }

    @Test
    void theRightMd5AnswerRegisters() {
        String auth = authorization(challenge(), Algorithm.MD5, "alice", "s3cret", "sip:127.0.0.1:5060");
        RegisterResult r = register(auth, 2);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bindings()).hasSize(1);
    }

    @Test
    void theRightSha256AnswerRegistersAndIsOfferedWhenConfigured() {
        SrstRegistrar sha = registrar(new MemoryStore(),
                Map.of("registrar.server", true, "digest.algorithm", "SHA-256"), Pool.of(1, "6...", null, null, "alice", "s3cret"));
        String challenge = sha.register(Req.register(contact("sip:6001@h")).build()).wwwAuthenticate();
        assertThat(challenge).contains("algorithm=SHA-256");
        String auth = authorization(challenge, Algorithm.SHA_256, "alice", "s3cret", "sip:127.0.0.1:5060");
        assertThat(sha.register(Req.register(contact("sip:6001@h")).call("c1", 2).authorization(auth).build()).status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        RegisterResult wrongPassword = register(authorization(challenge(), Algorithm.MD5, "alice", "guess", "sip:127.0.0.1:5060"), 2);
        RegisterResult unknownUser = register(authorization(challenge(), Algorithm.MD5, "mallory", "s3cret", "sip:127.0.0.1:5060"), 3);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.reason()).isEqualTo(wrongPassword.reason());
        assertThat(NONCE.matcher(unknownUser.wwwAuthenticate()).replaceAll("nonce=\"N\""))
                .isEqualTo(NONCE.matcher(wrongPassword.wwwAuthenticate()).replaceAll("nonce=\"N\""))
                .doesNotContain("stale");
        assertThat(store.puts).isZero();
    }

    @Test
    void aNumberInNoPoolIsChallengedLikeAnUnknownUserWhenSomePoolAuthenticates() {
        RegisterResult first = registrar.register(Req.register(contact("sip:9001@h")).aor("9001").call("c9", 1).build());
        assertThat(first.status()).isEqualTo(401);
        String auth = authorization(first.wwwAuthenticate(), Algorithm.MD5, "alice", "s3cret", "sip:127.0.0.1:5060");
        RegisterResult answered = registrar.register(Req.register(contact("sip:9001@h")).aor("9001").call("c9", 2)
                .authorization(auth).build());
        RegisterResult wrongPassword = register(authorization(challenge(), Algorithm.MD5, "alice", "guess", "sip:127.0.0.1:5060"), 2);
        assertThat(answered.status()).isEqualTo(401);
        assertThat(answered.reason()).isEqualTo(wrongPassword.reason());
        assertThat(NONCE.matcher(answered.wwwAuthenticate()).replaceAll("nonce=\"N\""))
                .isEqualTo(NONCE.matcher(wrongPassword.wwwAuthenticate()).replaceAll("nonce=\"N\""));
        assertThat(NONCE.matcher(first.wwwAuthenticate()).replaceAll("nonce=\"N\""))
                .isEqualTo(NONCE.matcher(challenge()).replaceAll("nonce=\"N\""));
        assertThat(store.puts).isZero();
    }

    @Test
    void aRightAnswerToAnExpiredNonceIsStaleAndAWrongOneIsNot() {
        String challenge = challenge();
        at(registrar, T0 + 301_000);
        RegisterResult stale = register(authorization(challenge, Algorithm.MD5, "alice", "s3cret", "sip:127.0.0.1:5060"), 2);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.wwwAuthenticate()).endsWith(", stale=true");
        RegisterResult wrong = register(authorization(challenge, Algorithm.MD5, "alice", "nope", "sip:127.0.0.1:5060"), 3);
        assertThat(wrong.wwwAuthenticate()).doesNotContain("stale");
        RegisterResult fresh = register(authorization(stale.wwwAuthenticate(), Algorithm.MD5, "alice", "s3cret",
                "sip:127.0.0.1:5060"), 4);
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void aNonceWeDidNotIssueIsRefused() {
        String forged = authorization("Digest realm=\"branch1\", nonce=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"",
                Algorithm.MD5, "alice", "s3cret", "sip:127.0.0.1:5060");
        assertThat(register(forged, 2).status()).isEqualTo(401);
    }

    @Test
    void anotherRealmAnotherUriOrNoQopAreRefused() {
        String ok = authorization(challenge(), Algorithm.MD5, "alice", "s3cret", "sip:127.0.0.1:5060");
        assertThat(register(ok.replace("realm=\"branch1\"", "realm=\"other\""), 2).status()).isEqualTo(401);
        String otherUri = authorization(challenge(), Algorithm.MD5, "alice", "s3cret", "sip:10.9.9.9");
        assertThat(register(otherUri, 3).status()).isEqualTo(401);
        assertThat(register(ok.replace(", qop=auth", ""), 4).status()).isEqualTo(401);
        assertThat(register(ok.replace("Digest", "Basic"), 5).status()).isEqualTo(401);
        assertThat(register(ok, 6).status()).as("the untouched answer still works").isEqualTo(200);
    }

    @Test
    void credentialsParseQuotedCommasEscapesAndBareValues() {
        DigestCredentials c = DigestCredentials.parse(
                "Digest username=\"a,b\\\"c\" , realm=\"r\",nc=00000001,qop=auth, uri=\"sip:x;y=1\"");
        assertThat(c.get("username")).isEqualTo("a,b\"c");
        assertThat(c.get("nc")).isEqualTo("00000001");
        assertThat(c.get("qop")).isEqualTo("auth");
        assertThat(c.get("uri")).isEqualTo("sip:x;y=1");
        assertThat(DigestCredentials.parse("Digest username=\"open")).isNull();
        assertThat(DigestCredentials.parse("Digest username=a, username=b")).as("repeated parameter").isNull();
        assertThat(DigestCredentials.parse("Digestusername=a")).isNull();
    }
}

package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.registrar.client.internal.FakeEnv.answer;
import static org.voxgate.registrar.client.internal.FakeEnv.challenge;
import static org.voxgate.registrar.client.internal.FakeEnv.intervalTooBrief;
import static org.voxgate.registrar.client.internal.FakeEnv.ok;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.api.registration.RegistrationStatusDTO;

/** The registration state machine: refresh, back-off, 423, digest, unregistration, reporting. */
class LineRegistrationTest {
    private final FakeEnv env = new FakeEnv();
    private final LineRegistration line = new LineRegistration("4001", 20001,
            FakeEnv.spec("primary", "ipv4:127.0.0.41:5070", 3600), env);

    private LineRegistration.Attempt registered(int granted) {
        line.start();
        LineRegistration.Attempt first = env.last().attempt;
        line.onAnswer(ok(first, granted));
        return first;
    }

    @Test
    void registersAndRefreshesBeforeExpiryWithTheSameCallIdAndTheNextCseq() {
        line.start();
        LineRegistration.Attempt first = env.last().attempt;
        assertThat(first.expires()).isEqualTo(3600);
        assertThat(first.authorization()).isNull();
        assertThat(line.dto().state).isEqualTo("registering");
        assertThat(line.registered()).isFalse();

        line.onAnswer(ok(first, 120)); // the registrar grants less than asked
        assertThat(line.registered()).isTrue();
        RegistrationStatusDTO dto = line.dto();
        assertThat(dto.expiresSeconds).isEqualTo(120);
        assertThat(dto.peerTag).isEqualTo(20001);
        assertThat(dto.registrar).isEqualTo("primary");
        assertThat(env.reports).containsExactly("4001@primary registered");

        env.advance(60_000);
        assertThat(line.dto().expiresSeconds).isEqualTo(60); // counting down
        assertThat(env.sent).hasSize(1);
        env.advance(42_000); // 85 % of 120 s (random 0.5)
        assertThat(env.sent).hasSize(2);
        LineRegistration.Attempt refresh = env.last().attempt;
        assertThat(refresh.cseq()).isEqualTo(first.cseq() + 1);
        assertThat(refresh.expires()).isEqualTo(3600);
        assertThat(line.dto().state).isEqualTo("refreshing");
        assertThat(line.registered()).isTrue();

        line.onAnswer(ok(refresh, 3600));
        assertThat(line.dto().expiresSeconds).isEqualTo(3600);
        assertThat(env.reports).containsExactly("4001@primary registered"); // no new state: not logged again
        assertThat(line.successes()).isEqualTo(2);
    }

    @Test
    void grantedTimeDefaultsToTheRequestedOne() {
        line.start();
        line.onAnswer(answer(env.last().attempt, 200, "OK"));
        assertThat(line.dto().expiresSeconds).isEqualTo(3600);
    }

    @Test
    void intervalTooBriefIsRetriedWithMinExpiresAndKeptForRefreshes() {
        line.start();
        line.onAnswer(intervalTooBrief(env.last().attempt, 7200));
        LineRegistration.Attempt again = env.last().attempt;
        assertThat(env.sent).hasSize(2);
        assertThat(again.expires()).isEqualTo(7200);
        line.onAnswer(ok(again, 7200));
        assertThat(line.registered()).isTrue();
        env.advance(Timing.refreshDelayMs(7200, 0.5));
        assertThat(env.last().attempt.expires()).isEqualTo(7200);
    }

    @Test
    void intervalTooBriefWithoutAUsableMinExpiresFails() {
        line.start();
        line.onAnswer(intervalTooBrief(env.last().attempt, 60)); // not more than asked
        assertThat(line.state()).isEqualTo(LineRegistration.State.FAILED);
        assertThat(line.dto().lastFailure).isEqualTo("423 Interval Too Brief (Min-Expires 60)");
    }

    @Test
    void answersADigestChallengeAndReusesItForTheRefreshWithTheNextNonceCount() {
        line.start();
        line.onAnswer(challenge(env.last().attempt,
                "Digest realm=\"127.0.0.41\", nonce=\"abc\", qop=\"auth\", algorithm=MD5"));
        LineRegistration.Attempt withAuth = env.last().attempt;
        assertThat(withAuth.cseq()).isEqualTo(2);
        assertThat(withAuth.authorizationHeader()).isEqualTo("Authorization");
        Map<String, String> p = DigestChallenge.params(withAuth.authorization().substring("Digest ".length()));
        assertThat(p).containsEntry("username", "gw").containsEntry("realm", "127.0.0.41").containsEntry("nonce", "abc")
                .containsEntry("uri", "sip:127.0.0.41:5070").containsEntry("qop", "auth").containsEntry("nc", "00000001")
                .containsEntry("algorithm", "MD5");
        assertThat(p.get("response")).isEqualTo(Digest.response("MD5", "gw", "127.0.0.41", "secret", "abc",
                p.get("cnonce"), "00000001", "auth", "REGISTER", "sip:127.0.0.41:5070", ""));

        line.onAnswer(ok(withAuth, 100));
        env.advance(Timing.refreshDelayMs(100, 0.5));
        assertThat(env.last().attempt.authorization()).contains("nonce=\"abc\"").contains("nc=00000002");
    }

    @Test
    void sha256ChallengeIsAnsweredWithSha256() {
        line.start();
        line.onAnswer(challenge(env.last().attempt,
                "Digest realm=\"r\", nonce=\"n\", qop=\"auth\", algorithm=SHA-256"));
        String authorization = env.last().attempt.authorization();
        Map<String, String> p = DigestChallenge.params(authorization.substring("Digest ".length()));
        assertThat(p.get("algorithm")).isEqualTo("SHA-256");
        assertThat(p.get("response")).hasSize(64).isEqualTo(Digest.response("SHA-256", "gw", "r", "secret", "n",
                p.get("cnonce"), "00000001", "auth", "REGISTER", "sip:127.0.0.41:5070", ""));
    }

    @Test
    void staleNonceIsAnsweredAgainButARejectedPasswordFails() {
        line.start();
        String challenge = "Digest realm=\"r\", nonce=\"n1\", qop=\"auth\"";
        line.onAnswer(challenge(env.last().attempt, challenge));
        line.onAnswer(challenge(env.last().attempt, "Digest realm=\"r\", nonce=\"n2\", qop=\"auth\", stale=true"));
        assertThat(env.sent).hasSize(3);
        assertThat(env.last().attempt.authorization()).contains("nonce=\"n2\"");

        line.onAnswer(challenge(env.last().attempt, "Digest realm=\"r\", nonce=\"n2\", qop=\"auth\""));
        assertThat(env.sent).hasSize(3);
        assertThat(line.state()).isEqualTo(LineRegistration.State.FAILED);
        assertThat(line.dto().lastFailure).isEqualTo("401 Unauthorized (credentials rejected)");
        assertThat(env.reports).containsExactly("4001@primary failed: 401 Unauthorized (credentials rejected)");
        env.advance(10_000); // back-off, then a fresh start without the rejected credentials
        assertThat(env.sent).hasSize(4);
        assertThat(env.last().attempt.authorization()).isNull();
    }

    @Test
    void challengeWithoutCredentialsFails() {
        env.ua = SipUaSettings.from(Map.of());
        line.start();
        line.onAnswer(challenge(env.last().attempt, "Digest realm=\"r\", nonce=\"n\""));
        assertThat(line.dto().lastFailure).isEqualTo("401 Unauthorized (no sip-ua credentials for realm r)");
        env.ua = SipUaSettings.from(Map.of("authentication.username", "gw", ".authentication.password", "pw"));
        line.retryNow();
        assertThat(env.sent).hasSize(2);
    }

    @Test
    void noAnswerFailsAfterRetryRegisterSendsThenBacksOff() {
        env.ua = SipUaSettings.from(Map.of("retry.register", "3", "timers.register", "200"));
        line.start();
        assertThat(env.nextDueIn()).isEqualTo(200 + 400 + 600);
        env.advance(1200);
        assertThat(env.sent.get(0).abandoned).isTrue();
        assertThat(line.state()).isEqualTo(LineRegistration.State.FAILED);
        assertThat(line.dto().lastFailure).isEqualTo("no response");
        assertThat(line.dto().registered).isFalse();
        env.advance(10_000 - 1);
        assertThat(env.sent).hasSize(1);
        env.advance(1);
        assertThat(env.sent).hasSize(2);
        env.advance(1200 + 20_000); // second failure, twice the back-off
        assertThat(env.sent).hasSize(3);
        assertThat(line.failures()).isEqualTo(2);
        assertThat(env.reports).containsExactly("4001@primary failed: no response"); // once per state change
    }

    @Test
    void aFailedRefreshMeansNotRegisteredAndRetryAfterIsHonoured() {
        registered(3600);
        env.advance(Timing.refreshDelayMs(3600, 0.5));
        LineRegistration.Attempt refresh = env.last().attempt;
        line.onAnswer(new LineRegistration.Answer(refresh.cseq(), 503, "Service Unavailable", -1, -1, List.of(),
                List.of(), 30));
        assertThat(line.registered()).isFalse();
        assertThat(env.reports).containsExactly("4001@primary registered", "4001@primary failed: 503 Service Unavailable");
        assertThat(env.nextDueIn()).isEqualTo(30_000);
        env.advance(30_000);
        line.onAnswer(ok(env.last().attempt, 3600));
        assertThat(env.reports).endsWith("4001@primary registered");
    }

    @Test
    void answersToSupersededRequestsAndProvisionalsAreIgnored() {
        line.start();
        LineRegistration.Attempt first = env.last().attempt;
        line.onAnswer(intervalTooBrief(first, 7200));
        line.onAnswer(ok(first, 3600)); // a late answer to CSeq 1
        assertThat(line.registered()).isFalse();
        line.onAnswer(answer(env.last().attempt, 100, "Trying"));
        assertThat(line.state()).isEqualTo(LineRegistration.State.REGISTERING);
    }

    @Test
    void stopUnregistersWithExpiresZeroAndReportsOnce() {
        registered(3600);
        boolean[] done = {false};
        line.stop(() -> done[0] = true);
        LineRegistration.Attempt bye = env.last().attempt;
        assertThat(bye.expires()).isZero();
        assertThat(line.dto().state).isEqualTo("unregistering");
        assertThat(done[0]).isFalse();
        line.onAnswer(ok(bye, 0));
        assertThat(done[0]).isTrue();
        assertThat(line.state()).isEqualTo(LineRegistration.State.DONE);
        assertThat(env.reports).containsExactly("4001@primary registered", "4001@primary unregistered");
        assertThat(env.nextDueIn()).isEqualTo(-1); // no refresh left behind
    }

    @Test
    void unregistrationAnswersAChallengeAndGivesUpOnSilence() {
        registered(3600);
        boolean[] done = {false};
        line.stop(() -> done[0] = true);
        line.onAnswer(challenge(env.last().attempt, "Digest realm=\"r\", nonce=\"n\", qop=\"auth\""));
        assertThat(env.last().attempt.expires()).isZero();
        assertThat(env.last().attempt.authorization()).isNotNull();
        env.advance(Timing.giveUpMs(10, 500));
        assertThat(done[0]).isTrue();
        assertThat(env.reports).endsWith("4001@primary unregistered (no response)");
    }

    @Test
    void stopBeforeAnyRegistrationSendsNothing() {
        env.sendFailure = "transport udp is not enabled";
        line.start();
        assertThat(line.dto().lastFailure).isEqualTo("transport udp is not enabled");
        boolean[] done = {false};
        line.stop(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(env.sent).isEmpty();
    }

    @Test
    void stopWhileTheFirstRegisterIsOnItsWayUnregistersToo() {
        line.start();
        line.stop(() -> {});
        assertThat(env.sent).hasSize(2);
        assertThat(env.sent.get(0).abandoned).isTrue();
        assertThat(env.last().attempt.expires()).isZero();
        assertThat(env.last().attempt.cseq()).isEqualTo(2);
    }

    @Test
    void anExpiresChangeIsAskedForAtOnce() {
        registered(3600);
        line.reconfigure(FakeEnv.spec("primary", "ipv4:127.0.0.41:5070", 600));
        assertThat(env.sent).hasSize(2);
        assertThat(env.last().attempt.expires()).isEqualTo(600);
    }

    @Test
    void registrationRunsOutWhenTheRefreshGetsNoAnswerInTime() {
        registered(10);
        env.advance(Timing.refreshDelayMs(10, 0.5)); // refresh at 8.5 s, still registered
        assertThat(line.registered()).isTrue();
        env.advance(1500);
        assertThat(line.registered()).isFalse(); // 10 s are over, the refresh is still retransmitting
        assertThat(line.dto().expiresSeconds).isEqualTo(3600);
    }
}

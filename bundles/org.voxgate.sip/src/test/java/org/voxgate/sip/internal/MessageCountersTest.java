package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipStatisticsDTO;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

class MessageCountersTest {
    private final MessageCounters counters = new MessageCounters();

    @Test
    void countsRequestsByMethodAndDirection() {
        counters.count(Messages.request("OPTIONS", "z9hG4bK1"), false);
        counters.count(Messages.request("INVITE", "z9hG4bK2"), false);
        counters.count(Messages.request("INVITE", "z9hG4bK3"), true);
        counters.count(Messages.request("FOO", "z9hG4bK4"), false);
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.requestsIn).containsOnly(entry("INVITE", 1L), entry("OPTIONS", 1L), entry("OTHER", 1L));
        assertThat(s.requestsOut).containsOnly(entry("INVITE", 1L));
        assertThat(s.responsesIn).isEmpty();
        assertThat(s.retries).isEmpty();
    }

    @Test
    void countsResponsesByCodeAndOkByCSeqMethod() {
        counters.count(Messages.response(200, "OK", "OPTIONS", "z9hG4bK1"), true);
        counters.count(Messages.response(200, "OK", "INVITE", "z9hG4bK2"), false);
        counters.count(Messages.response(180, "Ringing", "INVITE", "z9hG4bK2"), false);
        counters.count(Messages.response(486, "Busy Here", "INVITE", "z9hG4bK3"), true);
        counters.count(Messages.response(202, "Accepted", "REFER", "z9hG4bK4"), false);
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.responsesOut).containsOnly(entry("200", 1L), entry("486", 1L));
        assertThat(s.responsesIn).containsOnly(entry("200", 1L), entry("180", 1L), entry("202", 1L));
        assertThat(s.okOut).containsOnly(entry("OPTIONS", 1L));
        assertThat(s.okIn).containsOnly(entry("INVITE", 1L));
    }

    @Test
    void theSameRequestSentAgainIsARetryOfItsMethod() {
        SIPRequest invite = Messages.request("INVITE", "z9hG4bKa");
        SIPRequest bye = Messages.request("BYE", "z9hG4bKb");
        for (int i = 0; i < 3; i++) {
            counters.count(invite, true);
        }
        counters.count(bye, true);
        counters.count(bye, true);
        counters.count(Messages.request("BYE", "z9hG4bKc"), true); // another transaction: not a retry
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.requestsOut).containsOnly(entry("INVITE", 3L), entry("BYE", 3L));
        assertThat(s.retries).containsOnly(entry("INVITE", 2L), entry("BYE", 1L));
    }

    @Test
    void cancelSharesTheInviteBranchWithoutCountingAsItsRetry() {
        counters.count(Messages.request("INVITE", "z9hG4bKa"), true);
        counters.count(Messages.request("CANCEL", "z9hG4bKa"), true);
        counters.count(Messages.request("ACK", "z9hG4bKa"), true);
        counters.count(Messages.request("ACK", "z9hG4bKa"), true);
        assertThat(counters.snapshot().retries).isEmpty();
    }

    @Test
    void receivedRetransmissionsCountAsTrafficOnly() {
        SIPRequest invite = Messages.request("INVITE", "z9hG4bKa");
        counters.count(invite, false);
        counters.count(invite, false);
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.requestsIn).containsOnly(entry("INVITE", 2L));
        assertThat(s.retries).isEmpty();
    }

    @Test
    void aFinalResponseSentTwiceIsARetryButTwoRelayedProvisionalsAreNot() {
        counters.count(Messages.response(183, "Session Progress", "INVITE", "z9hG4bKa"), true);
        counters.count(Messages.response(183, "Session Progress", "INVITE", "z9hG4bKa"), true); // a second fork's 183
        SIPResponse ringing = Messages.response(180, "Ringing", "INVITE", "z9hG4bKa");
        counters.count(ringing, true);
        counters.count(ringing, true); // the stack resending its last provisional
        counters.count(Messages.response(486, "Busy Here", "INVITE", "z9hG4bKa"), true);
        counters.count(Messages.response(486, "Busy Here", "INVITE", "z9hG4bKa"), true); // re-parsed resend (Timer G)
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.responsesOut).containsOnly(entry("183", 2L), entry("180", 2L), entry("486", 2L));
        assertThat(s.retries).containsOnly(entry(SipStatisticsDTO.RESPONSE, 2L));
    }

    @Test
    void clearZeroesEveryCounterAndMovesSince() throws InterruptedException {
        counters.count(Messages.request("OPTIONS", "z9hG4bK1"), false);
        SIPRequest invite = Messages.request("INVITE", "z9hG4bK2");
        counters.count(invite, true);
        counters.count(invite, true);
        counters.count(Messages.response(200, "OK", "OPTIONS", "z9hG4bK1"), true);
        long before = counters.snapshot().since;
        Thread.sleep(5);
        counters.clear();
        SipStatisticsDTO s = counters.snapshot();
        assertThat(s.requestsIn).isEmpty();
        assertThat(s.requestsOut).isEmpty();
        assertThat(s.responsesOut).isEmpty();
        assertThat(s.okOut).isEmpty();
        assertThat(s.retries).isEmpty();
        assertThat(s.since).isGreaterThan(before);
    }

    @Test
    void methodIndexNamesEveryCountedMethod() {
        for (int i = 0; i < MessageCounters.METHODS.size(); i++) {
            assertThat(MessageCounters.methodIndex(MessageCounters.METHODS.get(i))).isEqualTo(i);
        }
        assertThat(MessageCounters.methodIndex(null)).isEqualTo(MessageCounters.METHODS.size() - 1);
    }
}

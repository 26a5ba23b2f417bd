package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.header.Via;

class CompletedTransactionsTest {
    private static Via via(String host, int port, String branch) throws Exception {
        Via v = new Via();
        v.setHost(host);
        v.setPort(port);
        v.setTransport("UDP");
        v.setBranch(branch);
        return v;
    }

    @Test
    void keyIsBranchCaseInsensitiveSentByAndMethodAndOnlyForRfc3261Branches() throws Exception {
        String k = CompletedTransactions.key(via("127.0.0.1", 5070, "z9hG4bKAbC"), "REGISTER");
        assertThat(k).isEqualTo(CompletedTransactions.key(via("127.0.0.1", 5070, "Z9HG4BKabc"), "REGISTER"));
        assertThat(k).isNotEqualTo(CompletedTransactions.key(via("127.0.0.1", 5071, "z9hG4bKAbC"), "REGISTER"));
        assertThat(k).isNotEqualTo(CompletedTransactions.key(via("127.0.0.2", 5070, "z9hG4bKAbC"), "REGISTER"));
        assertThat(k).isNotEqualTo(CompletedTransactions.key(via("127.0.0.1", 5070, "z9hG4bKAbC"), "OPTIONS"));
        assertThat(CompletedTransactions.key(via("127.0.0.1", 5070, "rfc2543-branch"), "REGISTER")).isNull();
        assertThat(CompletedTransactions.key(null, "REGISTER")).isNull();
    }

    @Test
    void aResponseIsKeptUntilTimerJAndThenForgotten() {
        CompletedTransactions c = new CompletedTransactions(1_000);
        byte[] ok = "SIP/2.0 200 OK\r\n\r\n".getBytes();
        c.put("a", ok, 0);
        c.put("b", ok, 500);
        assertThat(c.response("a", 999)).isSameAs(ok);
        assertThat(c.response("a", 1_001)).as("past its Timer J").isNull();
        assertThat(c.response("x", 10)).isNull();
        assertThat(c.answered()).isEqualTo(1);
        c.put("c", ok, 1_200); // removes what expired before it
        assertThat(c.size()).isEqualTo(2);
        c.expire(10_000);
        assertThat(c.size()).isZero();
    }

    @Test
    void aKeyPutAgainKeepsItsNewerEntryWhenTheOlderOneExpires() {
        CompletedTransactions c = new CompletedTransactions(1_000);
        byte[] first = {1};
        byte[] second = {2};
        c.put("a", first, 0);
        c.put("a", second, 600);
        c.expire(1_100);
        assertThat(c.response("a", 1_100)).isSameAs(second);
    }
}

package org.voxgate.sip.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;

import org.voxgate.api.sipua.SipStatisticsDTO;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * Counters of every SIP message the stack receives and sends: requests by method, responses by status code,
 * 200s by CSeq method, and the retransmissions the stack sends. Called on stack threads for each message, so it
 * takes no lock and allocates nothing for a received message; a sent one costs one slot swap in the
 * {@link RetransmissionFilter}.
 */
final class MessageCounters {
    /** Methods counted by name, in IOS's order; everything else is {@link SipStatisticsDTO#OTHER_METHOD}. */
    static final List<String> METHODS = List.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "PRACK", "COMET",
            "SUBSCRIBE", "NOTIFY", "REFER", "INFO", "REGISTER", "UPDATE", "MESSAGE", "PUBLISH",
            SipStatisticsDTO.OTHER_METHOD);
    static final int ACK = 1;
    private static final int OTHER = METHODS.size() - 1;
    /** Index of the response retransmissions in {@link #retries}. */
    private static final int RESPONSE = METHODS.size();
    private static final int IN = 0;
    private static final int OUT = 1;
    private static final int FIRST_CODE = 100;
    private static final int CODES = 600; // 100-699

    private final LongAdder[][] requests = adders(2, METHODS.size());
    private final LongAdder[][] ok = adders(2, METHODS.size());
    private final LongAdder[][] responses = adders(2, CODES);
    private final LongAdder[] retries = adders(1, METHODS.size() + 1)[0];
    private final RetransmissionFilter sentBefore = new RetransmissionFilter();
    private volatile long since = System.currentTimeMillis();

    private static LongAdder[][] adders(int rows, int columns) {
        LongAdder[][] a = new LongAdder[rows][columns];
        for (LongAdder[] row : a) {
            for (int i = 0; i < columns; i++) {
                row[i] = new LongAdder();
            }
        }
        return a;
    }

    static int methodIndex(String method) {
        if (method == null) {
            return OTHER;
        }
        switch (method) {
            case "INVITE": return 0;
            case "ACK": return ACK;
            case "BYE": return 2;
            case "CANCEL": return 3;
            case "OPTIONS": return 4;
            case "PRACK": return 5;
            case "COMET": return 6;
            case "SUBSCRIBE": return 7;
            case "NOTIFY": return 8;
            case "REFER": return 9;
            case "INFO": return 10;
            case "REGISTER": return 11;
            case "UPDATE": return 12;
            case "MESSAGE": return 13;
            case "PUBLISH": return 14;
            default: return OTHER;
        }
    }

    /** Counts one message; {@code sent} for a message the stack sends, else one it received. */
    void count(SIPMessage message, boolean sent) {
        int dir = sent ? OUT : IN;
        if (message instanceof SIPRequest) {
            int method = methodIndex(((SIPRequest) message).getMethod());
            requests[dir][method].increment();
            if (sent && method != ACK && sentBefore.repeated(fingerprint(message, method, 0, 0))) {
                retries[method].increment();
            }
        } else if (message instanceof SIPResponse) {
            int code = ((SIPResponse) message).getStatusCode();
            if (code < FIRST_CODE || code >= FIRST_CODE + CODES) {
                return;
            }
            responses[dir][code - FIRST_CODE].increment();
            CSeqHeader cseq = message.getCSeq();
            int method = methodIndex(cseq == null ? null : cseq.getMethod());
            if (code == 200) {
                ok[dir][method].increment();
            }
            // A final response is sent once per transaction, so a second one is a retransmission. Provisionals
            // may legitimately repeat (a relayed 183 per fork): only the same object sent again counts.
            if (sent && sentBefore.repeated(fingerprint(message, method, code,
                    code < 200 ? System.identityHashCode(message) : 0))) {
                retries[RESPONSE].increment();
            }
        }
    }

    /**
     * Counts a final response the stack sent again from its kept bytes (docs/adr/0009) for a retransmitted
     * {@code method} request: a sent response, and a retransmission.
     */
    void resent(int code, String method) {
        if (code < FIRST_CODE || code >= FIRST_CODE + CODES) {
            return;
        }
        responses[OUT][code - FIRST_CODE].increment();
        if (code == 200) {
            ok[OUT][methodIndex(method)].increment();
        }
        retries[RESPONSE].increment();
    }

    /** 64 bits that tell one transaction's message from another's: branch, Call-ID, CSeq, method, status. */
    static long fingerprint(SIPMessage m, int method, int code, int identity) {
        Via via = m.getTopmostVia();
        String branch = via == null ? null : via.getBranch();
        CallIdHeader callId = m.getCallId();
        CSeqHeader cseq = m.getCSeq();
        long h = ((long) (branch == null ? 0 : branch.hashCode()) << 32)
                ^ ((callId == null || callId.getCallId() == null ? 0 : callId.getCallId().hashCode()) & 0xffffffffL);
        h = mix(h) ^ ((cseq == null ? 0 : cseq.getSeqNumber()) * 1_000_003L + method * 1_000L + code);
        return mix(h ^ ((long) identity << 17));
    }

    /** The 64-bit finalizer of MurmurHash3: spreads every input bit over the result. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    void clear() {
        for (LongAdder[][] table : List.of(requests, ok, responses)) {
            for (LongAdder[] row : table) {
                reset(row);
            }
        }
        reset(retries);
        since = System.currentTimeMillis();
    }

    private static void reset(LongAdder[] row) {
        for (LongAdder a : row) {
            a.reset();
        }
    }

    SipStatisticsDTO snapshot() {
        SipStatisticsDTO dto = new SipStatisticsDTO();
        dto.since = since;
        dto.requestsIn = byMethod(requests[IN]);
        dto.requestsOut = byMethod(requests[OUT]);
        dto.okIn = byMethod(ok[IN]);
        dto.okOut = byMethod(ok[OUT]);
        dto.responsesIn = byCode(responses[IN]);
        dto.responsesOut = byCode(responses[OUT]);
        dto.retries = byMethod(retries);
        long responseRetries = retries[RESPONSE].sum();
        if (responseRetries != 0) {
            dto.retries.put(SipStatisticsDTO.RESPONSE, responseRetries);
        }
        return dto;
    }

    private static Map<String, Long> byMethod(LongAdder[] row) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < METHODS.size(); i++) {
            long n = row[i].sum();
            if (n != 0) {
                m.put(METHODS.get(i), n);
            }
        }
        return m;
    }

    private static Map<String, Long> byCode(LongAdder[] row) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < CODES; i++) {
            long n = row[i].sum();
            if (n != 0) {
                m.put(Integer.toString(FIRST_CODE + i), n);
            }
        }
        return m;
    }
}

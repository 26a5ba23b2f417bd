package org.voxgate.itests.dist;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One SIP dialog of the test UA (RFC 3261 12): Call-ID, local and remote From/To values with their tags,
 * remote target (the peer's Contact), local CSeq; builds in-dialog requests and responses as raw text.
 * The peer is assumed on 127.0.0.1 (its Contact's port is where in-dialog requests go); no route set.
 */
final class SipDialog {
    final String callId;
    /** Our From (as UAC) / To (as UAS) value, with our tag. */
    final String local;
    /** The peer's; its tag is filled in from the 200 when we are the UAC. */
    volatile String remote;
    volatile String remoteTarget;
    volatile InetSocketAddress destination;
    private int cseq;

    SipDialog(String callId, String local, String remote, String remoteTarget, InetSocketAddress destination, int firstCseq) {
        this.callId = callId;
        this.local = local;
        this.remote = remote;
        this.remoteTarget = remoteTarget;
        this.destination = destination;
        this.cseq = firstCseq;
    }

    /** A request of this dialog; {@code cseq} &lt; 0 takes the next local CSeq. */
    record Prepared(byte[] bytes, String branch, int cseq) {}

    synchronized Prepared request(String method, int localPort, String contact, List<String> extra, String contentType, byte[] body) {
        int n = method.equals("ACK") ? cseq : ++cseq;
        return build(method, remoteTarget, n, localPort, contact, extra, contentType, body);
    }

    /** The ACK for the 2xx of the INVITE with that CSeq (a new transaction, RFC 3261 13.2.2.4). */
    Prepared ack(int inviteCseq, int localPort, String contact, byte[] body) {
        return build("ACK", remoteTarget, inviteCseq, localPort, contact, List.of(), body.length > 0 ? "application/sdp" : null, body);
    }

    /** The ACK for a non-2xx final response to that INVITE: same branch, the response's To (RFC 3261 17.1.1.3). */
    byte[] failureAck(Prepared invite, String responseTo, int localPort) {
        String text = new String(invite.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> h = new ArrayList<>();
        h.add("Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=" + invite.branch() + ";rport");
        h.add("Max-Forwards: 70");
        h.add("From: " + local);
        h.add("To: " + responseTo);
        h.add("Call-ID: " + callId);
        h.add("CSeq: " + invite.cseq() + " ACK");
        return SipMessage.format("ACK " + text.substring(7, text.indexOf(" SIP/2.0")) + " SIP/2.0", h, new byte[0]);
    }

    private Prepared build(String method, String uri, int n, int localPort, String contact, List<String> extra, String contentType,
                           byte[] body) {
        String branch = "z9hG4bK" + RawSip.hex(8);
        List<String> h = new ArrayList<>();
        h.add("Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=" + branch + ";rport");
        h.add("Max-Forwards: 70");
        h.add("From: " + local);
        h.add("To: " + remote);
        h.add("Call-ID: " + callId);
        h.add("CSeq: " + n + " " + method);
        h.add("Contact: " + contact);
        h.add("User-Agent: voxgate-itest-DtmfUa");
        h.addAll(extra);
        if (contentType != null) {
            h.add("Content-Type: " + contentType);
        }
        return new Prepared(SipMessage.format(method + " " + uri + " SIP/2.0", h, body), branch, n);
    }

    /**
     * A response to {@code request}: its Vias, From, Call-ID and CSeq; its To with {@code toTag} added when it has
     * none (null: leave the To as it is).
     */
    static byte[] response(SipMessage request, int status, String reason, String toTag, List<String> extra, String contentType,
                           byte[] body) {
        List<String> h = new ArrayList<>();
        for (String via : request.headers("Via")) {
            h.add("Via: " + via);
        }
        h.add("From: " + request.header("From"));
        String to = request.header("To");
        if (toTag != null && SipMessage.param(to, "tag") == null) {
            to = to + ";tag=" + toTag;
        }
        h.add("To: " + to);
        h.add("Call-ID: " + request.header("Call-ID"));
        h.add("CSeq: " + request.header("CSeq"));
        if (status > 100 && status < 300) {
            for (String rr : request.headers("Record-Route")) {
                h.add("Record-Route: " + rr); // RFC 3261 12.1.1 (we keep no route set ourselves: the peer is a B2BUA)
            }
        }
        h.add("Server: voxgate-itest-DtmfUa");
        h.addAll(extra);
        if (contentType != null) {
            h.add("Content-Type: " + contentType);
        }
        return SipMessage.format("SIP/2.0 " + status + " " + reason, h, body == null ? new byte[0] : body);
    }
}

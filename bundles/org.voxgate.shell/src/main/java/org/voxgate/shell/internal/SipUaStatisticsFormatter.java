package org.voxgate.shell.internal;

import java.util.List;
import java.util.Map;

import org.voxgate.api.sipua.SipStatisticsDTO;

/**
 * {@code show sip-ua statistics} in the IOS layout (semantics.md 1.9): response counters by IOS name in groups,
 * total traffic by method, retries. Inbound/outbound pairs print as {@code in/out}; two or three counters a line,
 * every line but a group's last ending in a comma, as IOS does. Operators grep the names.
 */
final class SipUaStatisticsFormatter {
    private SipUaStatisticsFormatter() {}

    static final String OFF = "% SIP message statistics are off (PID org.voxgate.sip, message.statistics=false);"
            + " the counters keep their last values";

    /** One IOS counter: its name and where its value comes from. */
    private record Counter(String name, Kind kind, String key) {}

    private enum Kind { RESPONSE, OK, REQUEST }

    private static Counter code(String name, int code) {
        return new Counter(name, Kind.RESPONSE, Integer.toString(code));
    }

    private static Counter ok(String name, String method) {
        return new Counter(name, Kind.OK, method);
    }

    private static Counter method(String name, String method) {
        return new Counter(name, Kind.REQUEST, method);
    }

    /** A group of response counters: its title and its lines. */
    private record Group(String title, List<List<Counter>> lines) {}

    private static final List<Group> RESPONSES = List.of(
            new Group("Informational", List.of(
                    List.of(code("Trying", 100), code("Ringing", 180)),
                    List.of(code("Forwarded", 181), code("Queued", 182)),
                    List.of(code("SessionProgress", 183)))),
            new Group("Success", List.of(
                    List.of(ok("OkInvite", "INVITE"), ok("OkBye", "BYE")),
                    List.of(ok("OkCancel", "CANCEL"), ok("OkOptions", "OPTIONS")),
                    List.of(ok("OkPrack", "PRACK"), ok("OkPreconditionMet", "COMET")),
                    List.of(ok("OkSubscribe", "SUBSCRIBE"), ok("OkNotify", "NOTIFY")),
                    List.of(ok("OkInfo", "INFO"), code("202Accepted", 202)),
                    List.of(ok("OkRegister", "REGISTER")))),
            new Group("Redirection", List.of(
                    List.of(code("MultipleChoice", 300), code("MovedPermanently", 301)),
                    List.of(code("MovedTemporarily", 302), code("UseProxy", 305)),
                    List.of(code("AlternateService", 380)))),
            new Group("Client Error", List.of(
                    List.of(code("BadRequest", 400), code("Unauthorized", 401)),
                    List.of(code("PaymentRequired", 402), code("Forbidden", 403)),
                    List.of(code("NotFound", 404), code("MethodNotAllowed", 405)),
                    List.of(code("NotAcceptable", 406), code("ProxyAuthReqd", 407)),
                    List.of(code("ReqTimeout", 408), code("Conflict", 409), code("Gone", 410)),
                    List.of(code("LengthRequired", 411), code("ReqEntityTooLarge", 413)),
                    List.of(code("ReqURITooLarge", 414), code("UnsupportedMediaType", 415)),
                    List.of(code("BadExtension", 420), code("TempNotAvailable", 480)),
                    List.of(code("CallLegNonExistent", 481), code("LoopDetected", 482)),
                    List.of(code("TooManyHops", 483), code("AddrIncomplete", 484)),
                    List.of(code("Ambiguous", 485), code("BusyHere", 486)),
                    List.of(code("RequestCancel", 487), code("NotAcceptableMedia", 488)),
                    List.of(code("BadEvent", 489), code("SETooSmall", 422)),
                    List.of(code("RequestPending", 491), code("UnsupportedResourcePriority", 417)))),
            new Group("Server Error", List.of(
                    List.of(code("InternalError", 500), code("NotImplemented", 501)),
                    List.of(code("BadGateway", 502), code("ServiceUnavail", 503)),
                    List.of(code("GatewayTimeout", 504), code("BadSipVer", 505)),
                    List.of(code("PreCondFailure", 580)))),
            new Group("Global Failure", List.of(
                    List.of(code("BusyEverywhere", 600), code("Decline", 603)),
                    List.of(code("NotExistAnywhere", 604), code("NotAcceptable", 606)))));

    private static final List<List<Counter>> TRAFFIC = List.of(
            List.of(method("Invite", "INVITE"), method("Ack", "ACK"), method("Bye", "BYE")),
            List.of(method("Cancel", "CANCEL"), method("Options", "OPTIONS")),
            List.of(method("Prack", "PRACK"), method("Comet", "COMET")),
            List.of(method("Subscribe", "SUBSCRIBE"), method("Notify", "NOTIFY")),
            List.of(method("Refer", "REFER"), method("Info", "INFO")),
            List.of(method("Register", "REGISTER"), method("Update", "UPDATE")));

    /** Retry Statistics: IOS name and {@link SipStatisticsDTO#retries} key, on one line. */
    private static final List<String[]> RETRIES = List.of(new String[] {"Invite", "INVITE"}, new String[] {"Bye", "BYE"},
            new String[] {"Cancel", "CANCEL"}, new String[] {"Response", SipStatisticsDTO.RESPONSE},
            new String[] {"Notify", "NOTIFY"});

    static String format(SipStatisticsDTO s) {
        StringBuilder b = new StringBuilder(4096);
        if (s.countingOff) {
            b.append(OFF).append('\n');
        }
        b.append("SIP Response Statistics (Inbound/Outbound)\n");
        for (Group g : RESPONSES) {
            b.append("    ").append(g.title()).append(":\n");
            lines(b, "      ", g.lines(), s);
        }
        b.append('\n');
        b.append("SIP Total Traffic Statistics (Inbound/Outbound)\n");
        lines(b, "    ", TRAFFIC, s);
        b.append('\n');
        b.append("Retry Statistics\n");
        b.append("    ");
        for (int i = 0; i < RETRIES.size(); i++) {
            String[] r = RETRIES.get(i);
            b.append(i == 0 ? "" : ", ").append(r[0]).append(' ').append(value(s.retries, r[1]));
        }
        b.append('\n');
        return b.toString();
    }

    /**
     * Voxgate's addition after the IOS blocks: digits relayed per DTMF method, {@code received/sent} (received from
     * a leg by that method / sent to a leg by it). IOS has no such block; it keeps the IOS blocks above unchanged.
     */
    static String dtmf(List<org.voxgate.api.call.DtmfStatisticsDTO> methods) {
        if (methods.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nDTMF Relay Statistics (Received/Sent digits)\n    ");
        for (int i = 0; i < methods.size(); i++) {
            org.voxgate.api.call.DtmfStatisticsDTO m = methods.get(i);
            b.append(i == 0 ? "" : ", ").append(m.method).append(' ').append(m.received).append('/').append(m.sent);
        }
        return b.append('\n').toString();
    }

    private static void lines(StringBuilder b, String indent, List<List<Counter>> lines, SipStatisticsDTO s) {
        for (int l = 0; l < lines.size(); l++) {
            b.append(indent);
            List<Counter> line = lines.get(l);
            for (int i = 0; i < line.size(); i++) {
                Counter c = line.get(i);
                b.append(i == 0 ? "" : ", ").append(c.name()).append(' ').append(in(c, s)).append('/').append(out(c, s));
            }
            b.append(l == lines.size() - 1 ? "\n" : ",\n");
        }
    }

    private static long in(Counter c, SipStatisticsDTO s) {
        switch (c.kind()) {
            case OK: return value(s.okIn, c.key());
            case REQUEST: return value(s.requestsIn, c.key());
            default: return value(s.responsesIn, c.key());
        }
    }

    private static long out(Counter c, SipStatisticsDTO s) {
        switch (c.kind()) {
            case OK: return value(s.okOut, c.key());
            case REQUEST: return value(s.requestsOut, c.key());
            default: return value(s.responsesOut, c.key());
        }
    }

    private static long value(Map<String, Long> m, String key) {
        if (m == null) {
            return 0;
        }
        Long v = m.get(key);
        return v == null ? 0 : v;
    }
}

package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipStatisticsDTO;

class SipUaStatisticsFormatterTest {
    static SipStatisticsDTO empty() {
        SipStatisticsDTO s = new SipStatisticsDTO();
        s.requestsIn = new HashMap<>();
        s.requestsOut = new HashMap<>();
        s.responsesIn = new HashMap<>();
        s.responsesOut = new HashMap<>();
        s.okIn = new HashMap<>();
        s.okOut = new HashMap<>();
        s.retries = new HashMap<>();
        return s;
    }

    @Test
    void theWholeIosLayout() {
        SipStatisticsDTO s = empty();
        s.requestsIn.putAll(Map.of("OPTIONS", 3L, "INVITE", 2L, "ACK", 1L, "REGISTER", 49L, "UPDATE", 4L));
        s.requestsOut.putAll(Map.of("INVITE", 5L, "BYE", 1L, "REGISTER", 16L));
        s.responsesIn.putAll(Map.of("100", 1L, "180", 1L, "200", 3L, "486", 1L, "202", 6L));
        s.responsesOut.putAll(Map.of("100", 2L, "200", 4L, "404", 1L, "503", 7L, "606", 2L, "417", 8L, "422", 9L));
        s.okIn.putAll(Map.of("INVITE", 1L, "REGISTER", 12L, "COMET", 5L));
        s.okOut.putAll(Map.of("OPTIONS", 3L, "REGISTER", 49L));
        s.retries.putAll(Map.of("INVITE", 4L, "RESPONSE", 2L, "NOTIFY", 1L, "PRACK", 9L));
        assertThat(SipUaStatisticsFormatter.format(s)).isEqualTo("""
                SIP Response Statistics (Inbound/Outbound)
                    Informational:
                      Trying 1/2, Ringing 1/0,
                      Forwarded 0/0, Queued 0/0,
                      SessionProgress 0/0
                    Success:
                      OkInvite 1/0, OkBye 0/0,
                      OkCancel 0/0, OkOptions 0/3,
                      OkPrack 0/0, OkPreconditionMet 5/0,
                      OkSubscribe 0/0, OkNotify 0/0,
                      OkInfo 0/0, 202Accepted 6/0,
                      OkRegister 12/49
                    Redirection:
                      MultipleChoice 0/0, MovedPermanently 0/0,
                      MovedTemporarily 0/0, UseProxy 0/0,
                      AlternateService 0/0
                    Client Error:
                      BadRequest 0/0, Unauthorized 0/0,
                      PaymentRequired 0/0, Forbidden 0/0,
                      NotFound 0/1, MethodNotAllowed 0/0,
                      NotAcceptable 0/0, ProxyAuthReqd 0/0,
                      ReqTimeout 0/0, Conflict 0/0, Gone 0/0,
                      LengthRequired 0/0, ReqEntityTooLarge 0/0,
                      ReqURITooLarge 0/0, UnsupportedMediaType 0/0,
                      BadExtension 0/0, TempNotAvailable 0/0,
                      CallLegNonExistent 0/0, LoopDetected 0/0,
                      TooManyHops 0/0, AddrIncomplete 0/0,
                      Ambiguous 0/0, BusyHere 1/0,
                      RequestCancel 0/0, NotAcceptableMedia 0/0,
                      BadEvent 0/0, SETooSmall 0/9,
                      RequestPending 0/0, UnsupportedResourcePriority 0/8
                    Server Error:
                      InternalError 0/0, NotImplemented 0/0,
                      BadGateway 0/0, ServiceUnavail 0/7,
                      GatewayTimeout 0/0, BadSipVer 0/0,
                      PreCondFailure 0/0
                    Global Failure:
                      BusyEverywhere 0/0, Decline 0/0,
                      NotExistAnywhere 0/0, NotAcceptable 0/2

                SIP Total Traffic Statistics (Inbound/Outbound)
                    Invite 2/5, Ack 1/0, Bye 0/1,
                    Cancel 0/0, Options 3/0,
                    Prack 0/0, Comet 0/0,
                    Subscribe 0/0, Notify 0/0,
                    Refer 0/0, Info 0/0,
                    Register 49/16, Update 4/0

                Retry Statistics
                    Invite 4, Bye 0, Cancel 0, Response 2, Notify 1
                """);
    }

    @Test
    void missingMapsCountAsZeroAndCountingOffIsSaidFirst() {
        SipStatisticsDTO s = new SipStatisticsDTO();
        s.countingOff = true;
        String text = SipUaStatisticsFormatter.format(s);
        assertThat(text).startsWith(SipUaStatisticsFormatter.OFF + "\nSIP Response Statistics (Inbound/Outbound)\n")
                .contains("      OkCancel 0/0, OkOptions 0/0,\n")
                .endsWith("Retry Statistics\n    Invite 0, Bye 0, Cancel 0, Response 0, Notify 0\n");
    }
}

package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sip.RequestEvent;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RetryAfterHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipUserAgent;
import org.voxgate.sip.stack.SipStackService;

import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * The call core's answer to a new INVITE while the stack says the gateway is overloaded: a 503 with Retry-After,
 * sent without a server transaction, with the same To tag for a retransmission, once the overload has lasted. The stack and provider are fakes
 * (the overload condition itself is tested on the real stack in OverloadCheckTest).
 */
class OverloadRefusalTest {
    private final List<Response> sent = new ArrayList<>();
    private final List<String> otherCalls = new ArrayList<>();
    private boolean overloaded = true;
    private CallCore core;

    @AfterEach
    void stop() {
        if (core != null) {
            core.deactivate();
        }
    }

    @Test
    void aNewInviteWhileOverloadedGets503WithRetryAfterAndNoTransaction() throws Exception {
        core = new CallCore(stack(), (SipUserAgent) fake(SipUserAgent.class), new VoiceServiceSettings());
        core.processRequest(new RequestEvent(provider(), null, null, invite("z9hG4bK-overload-0")));
        assertThat(sent).as("the first INVITE of an overload is still taken on").isEmpty();
        otherCalls.clear();
        long overloadSeen = System.nanoTime();
        while (System.nanoTime() - overloadSeen <= OverloadGuard.PERSIST_NANOS) {
            Thread.onSpinWait(); // until the overload has lasted long enough to refuse calls
        }
        Request invite = invite("z9hG4bK-overload-1");
        core.processRequest(new RequestEvent(provider(), null, null, invite));
        core.processRequest(new RequestEvent(provider(), null, null, invite)); // its retransmission

        assertThat(sent).hasSize(2);
        Response first = sent.get(0);
        assertThat(first.getStatusCode()).isEqualTo(Response.SERVICE_UNAVAILABLE);
        assertThat(((RetryAfterHeader) first.getHeader(RetryAfterHeader.NAME)).getRetryAfter())
                .isEqualTo(OutOfDialogResponder.OVERLOAD_RETRY_AFTER_S);
        String tag = ((ToHeader) first.getHeader(ToHeader.NAME)).getTag();
        assertThat(tag).isNotBlank();
        assertThat(((ToHeader) sent.get(1).getHeader(ToHeader.NAME)).getTag()).as("same tag again").isEqualTo(tag);
        assertThat(otherCalls).as("no server transaction, no other provider call").isEmpty();

        Request other = invite("z9hG4bK-overload-2");
        core.processRequest(new RequestEvent(provider(), null, null, other));
        assertThat(((ToHeader) sent.get(2).getHeader(ToHeader.NAME)).getTag()).as("another INVITE, another tag")
                .isNotEqualTo(tag);
    }

    @Test
    void aNewInviteWhileNotOverloadedIsTakenOn() throws Exception {
        overloaded = false;
        core = new CallCore(stack(), (SipUserAgent) fake(SipUserAgent.class), new VoiceServiceSettings());
        core.processRequest(new RequestEvent(provider(), null, null, invite("z9hG4bK-overload-3")));
        assertThat(sent).as("nothing sent statelessly").isEmpty();
        assertThat(otherCalls).as("a server transaction is asked for").contains("getNewServerTransaction");
    }

    private static Request invite(String branch) throws Exception {
        SipFactory.getInstance(); // the RI's parser factories
        String text = "INVITE sip:4404123@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:1000@127.0.0.1>;tag=a1\r\nTo: <sip:4404123@127.0.0.1>\r\n"
                + "Call-ID: " + branch + "@127.0.0.1\r\nCSeq: 1 INVITE\r\nContact: <sip:1000@127.0.0.1:5070>\r\n"
                + "Content-Length: 0\r\n\r\n";
        return (Request) new StringMsgParser().parseSIPMessage(text.getBytes(StandardCharsets.UTF_8), true, false, null);
    }

    private SipStackService stack() throws Exception {
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        MessageFactory messages = f.createMessageFactory();
        HeaderFactory headers = f.createHeaderFactory();
        AddressFactory addresses = f.createAddressFactory();
        return (SipStackService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SipStackService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "messageFactory" -> messages;
                    case "headerFactory" -> headers;
                    case "addressFactory" -> addresses;
                    case "overloaded" -> overloaded;
                    case "providers" -> List.of();
                    case "answersWithoutTransaction" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private SipProvider provider() {
        return (SipProvider) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SipProvider.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendResponse")) {
                        sent.add((Response) args[0]);
                        return null;
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    otherCalls.add(method.getName());
                    if (method.getName().equals("getNewServerTransaction")) {
                        throw new javax.sip.TransactionUnavailableException("fake provider");
                    }
                    return null;
                });
    }

    private static Object fake(Class<?> type) {
        return Proxy.newProxyInstance(OverloadRefusalTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null);
    }
}

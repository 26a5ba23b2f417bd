package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.parser.StringMsgParser;

/** The top Via of requests the stack builds on a leg's dialog names our address, never the wildcard. */
class LegTest {
    @Test
    void aWildcardViaHostBecomesOurAddressTowardsThePeer() throws Exception {
        Leg leg = leg("127.0.0.5");
        for (String wildcard : new String[] {"0.0.0.0", "[0:0:0:0:0:0:0:0]", "[::]"}) {
            Request bye = bye(wildcard);
            leg.ownVia(bye);
            ViaHeader via = (ViaHeader) bye.getHeader(ViaHeader.NAME);
            assertThat(via.getHost()).as(wildcard).isEqualTo("127.0.0.5");
            assertThat(via.getPort()).as("port kept").isEqualTo(5060);
            assertThat(via.getBranch()).as("branch kept").isEqualTo("z9hG4bK-leg");
        }
    }

    @Test
    void aBoundAddressIsLeftAsItIs() throws Exception {
        Request bye = bye("127.0.0.9");
        leg("127.0.0.5").ownVia(bye);
        assertThat(((ViaHeader) bye.getHeader(ViaHeader.NAME)).getHost()).isEqualTo("127.0.0.9");
    }

    private static Leg leg(String ourHost) throws Exception {
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        AddressFactory af = f.createAddressFactory();
        ContactHeader contact = f.createHeaderFactory().createContactHeader(
                af.createAddress(af.createSipURI("gw", ourHost + ":5060")));
        return new Leg("Originate", null, "leg@127.0.0.1", "t1", contact, "udp", "127.0.0.2", 5060, 1);
    }

    private static Request bye(String viaHost) throws Exception {
        String text = "BYE sip:callee@127.0.0.2:5060 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + viaHost + ":5060;branch=z9hG4bK-leg\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:gw@127.0.0.1>;tag=t1\r\nTo: <sip:callee@127.0.0.2>;tag=t2\r\n"
                + "Call-ID: leg@127.0.0.1\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n";
        SipFactory.getInstance();
        return (Request) new StringMsgParser().parseSIPMessage(text.getBytes(StandardCharsets.UTF_8), true, false, null);
    }
}

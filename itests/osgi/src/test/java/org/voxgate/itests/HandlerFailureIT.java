package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.voxgate.sip.stack.SipMessageHandler;

/** A handler that throws must never kill a stack thread: the request gets 500 and the stack keeps serving. */
@ExtendWith(BundleContextExtension.class)
class HandlerFailureIT {

    @InjectBundleContext
    BundleContext context;

    @Test
    void aThrowingHandlerGets500AndTheStackRecoversWhenItLeaves() throws Exception {
        assertThat(SipProbe.awaitOptions200(10000)).isNotNegative();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 1000);
        ServiceRegistration<SipMessageHandler> reg = context.registerService(SipMessageHandler.class, new SipMessageHandler() {
            @Override
            public void processRequest(RequestEvent requestEvent) {
                throw new IllegalStateException("plug-in crash (test)");
            }

            @Override
            public void processResponse(ResponseEvent responseEvent) {}
        }, props);
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 2000))).isEqualTo(500);
            }
        } finally {
            reg.unregister();
        }
        assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 2000))).isEqualTo(200);
    }
}

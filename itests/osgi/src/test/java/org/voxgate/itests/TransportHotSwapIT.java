package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.voxgate.sip.stack.SipStackService;

/** The transport is a strategy bundle: updating it must not restart the stack, and SIP must be back within 2 s. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class TransportHotSwapIT {

    @InjectBundleContext
    BundleContext context;

    @Test
    void updatingTheTransportBundleBringsSipBackWithinTwoSecondsAndKeepsTheStack(
            @InjectService(timeout = 10000) SipStackService stack) throws Exception {
        assertThat(SipProbe.awaitOptions200(10000)).isNotNegative();
        ServiceReference<SipStackService> before = context.getServiceReference(SipStackService.class);
        Bundle transport = Arrays.stream(context.getBundles())
                .filter(b -> "org.voxgate.transport".equals(b.getSymbolicName())).findFirst().orElseThrow();

        long start = System.nanoTime();
        transport.update();
        long back = SipProbe.awaitOptions200(2000);
        long total = (System.nanoTime() - start) / 1_000_000L;

        assertThat(back).as("OPTIONS answered again after transport update (took %d ms)", total).isNotNegative();
        assertThat(total).isLessThanOrEqualTo(2000);
        assertThat(transport.getState()).isEqualTo(Bundle.ACTIVE);
        ServiceReference<SipStackService> after = context.getServiceReference(SipStackService.class);
        assertThat(after.getProperty("service.id")).as("same SIP stack service").isEqualTo(before.getProperty("service.id"));
        assertThat(SipProbe.status(SipProbe.tcp(SipProbe.options("TCP", "OPTIONS"), 2000))).isEqualTo(200);
        System.out.println("Transport bundle update: SIP answering again after " + total + " ms");
    }
}

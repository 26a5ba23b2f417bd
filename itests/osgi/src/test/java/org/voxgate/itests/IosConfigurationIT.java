package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.IosConfiguration;
import org.voxgate.api.sipua.SipUserAgent;
import org.voxgate.api.transport.SipTransports;

/** IOS text lands in Config Admin, applies live without a stack restart, and a bad line changes nothing. */
@ExtendWith(ServiceExtension.class)
class IosConfigurationIT {

    @InjectService(timeout = 10000)
    IosConfiguration ios;
    @InjectService(timeout = 10000)
    SipUserAgent userAgent;
    @InjectService(timeout = 10000)
    SipTransports transports;
    @InjectService(timeout = 10000)
    ConfigurationAdmin configAdmin;

    @AfterEach
    void restoreDefaults() throws Exception {
        ios.apply("sip-ua\n no max-forwards\n transport udp\n transport tcp\n", "test");
        await(() -> userAgent.settings().maxForwards == 70 && transports.status().listening.size() == 2);
    }

    @Test
    void maxForwardsAppliesLive() throws Exception {
        ios.apply("sip-ua\n max-forwards 10\n", "test");
        assertThat(await(() -> userAgent.settings().maxForwards == 10)).isTrue();
        assertThat(configAdmin.getConfiguration("org.voxgate.sipua", "?").getProperties().get("max.forwards")).isEqualTo(10);
    }

    @Test
    void noTransportUdpClosesUdpOnlyAndTcpKeepsAnswering() throws Exception {
        SipProbe.awaitOptions200(10000);
        ios.apply("sip-ua\n no transport udp\n", "test");
        assertThat(await(() -> !transports.status().udpEnabled)).isTrue();
        assertThat(transports.status().listening).extracting(lp -> lp.transport).containsExactly("TCP");
        assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 300))).isEqualTo(-1);
        assertThat(SipProbe.status(SipProbe.tcp(SipProbe.options("TCP", "OPTIONS"), 2000))).isEqualTo(200);
    }

    @Test
    void aBadFifthLineIsRefusedAndNothingIsApplied() throws Exception {
        String text = "sip-ua\n max-forwards 20\n no transport tcp\n!\n max-forwards 99\n";
        assertThatThrownBy(() -> ios.apply(text, "test")).isInstanceOfSatisfying(IosConfigException.class,
                e -> assertThat(e.line()).isEqualTo(5));
        assertThat(userAgent.settings().maxForwards).isEqualTo(70);
        assertThat(transports.status().tcpEnabled).isTrue();
        Object stored = configAdmin.getConfiguration("org.voxgate.sipua", "?").getProperties() == null ? null
                : configAdmin.getConfiguration("org.voxgate.sipua", "?").getProperties().get("max.forwards");
        assertThat(stored).isNotEqualTo(20);
    }

    /** Config Admin delivers asynchronously: poll the observable state with a deadline. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}

package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * A home directory that already exists (empty, as a package or an operator would create it) works:
 * regression test for the start-up race where the SIP handler was bound before the stack.
 */
class ExistingHomeIT {
    private static final String CONFIG = """
            ! ExistingHomeIT
            voice service voip
             sip
              listen-port non-secure 25860
            """;
    private Gateway gateway;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void existingEmptyHomeWithConfigStartsCleanlyAndAnswersOptions200() throws IOException {
        gateway = Gateway.start("existing-home", CONFIG, true);
        try (RawSip.Udp udp = new RawSip.Udp(Ports.EXISTING_HOME_PROBE_UDP, Ports.EXISTING_HOME_SIP)) {
            Optional<Response> r = udp.exchange(Request.of("OPTIONS"), Duration.ofSeconds(5));
            assertThat(r).as("a response to OPTIONS").isPresent();
            assertThat(r.get().status()).as(r.get()::toString).isEqualTo(200);
        }
    }
}

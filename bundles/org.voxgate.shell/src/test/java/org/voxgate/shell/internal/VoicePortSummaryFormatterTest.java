package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.call.VoicePortDTO;

class VoicePortSummaryFormatterTest {

    @Test
    void iosLayoutOneLinePerPort() {
        VoicePortDTO idle = port("0/0/0", "on-hook", "idle");
        VoicePortDTO busy = port("0/0/1", "off-hook", "in-use");
        assertThat(VoicePortSummaryFormatter.format(List.of(idle, busy))).isEqualTo(String.join("\n",
                "                                           IN       OUT",
                "PORT            CH   SIG-TYPE   ADMIN OPER STATUS   STATUS   EC",
                "=============== == ============ ===== ==== ======== ======== ==",
                "0/0/0           --  fxs-ls      up    up   on-hook  idle     y",
                "0/0/1           --  fxs-ls      up    up   off-hook in-use   y",
                ""));
    }

    private static VoicePortDTO port(String id, String in, String out) {
        VoicePortDTO p = new VoicePortDTO();
        p.id = id;
        p.signalling = "fxs-ls";
        p.adminUp = true;
        p.operUp = true;
        p.inStatus = in;
        p.outStatus = out;
        return p;
    }
}

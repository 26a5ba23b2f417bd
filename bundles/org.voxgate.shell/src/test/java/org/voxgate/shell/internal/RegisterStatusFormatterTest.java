package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.registration.RegistrationStatusDTO;

class RegisterStatusFormatterTest {

    static RegistrationStatusDTO line(String number, int tag, long expires, boolean registered) {
        RegistrationStatusDTO l = new RegistrationStatusDTO();
        l.number = number;
        l.peerTag = tag;
        l.expiresSeconds = expires;
        l.registered = registered;
        l.registrar = "primary";
        return l;
    }

    @Test
    void iosLayoutOfTheSeedSample() {
        assertThat(RegisterStatusFormatter.format(List.of(line("4001", 20001, 596, false)))).isEqualTo(String.join("\n",
                "Line                             peer       expires(sec) registered",
                "4001                             20001      596          no",
                ""));
    }

    @Test
    void longValuesPushTheNextColumnRight() {
        assertThat(RegisterStatusFormatter.format(List.of(line("+4930123456789012345678901234567890", 7, 3599, true),
                line("4002", 20002, 12, true)))).isEqualTo(String.join("\n",
                "Line                             peer       expires(sec) registered",
                "+4930123456789012345678901234567890 7       3599         yes",
                "4002                             20002      12           yes",
                ""));
    }

    @Test
    void noLinesIsTheHeaderOnly() {
        assertThat(RegisterStatusFormatter.format(List.of())).isEqualTo(RegisterStatusFormatter.HEADER + "\n");
    }
}

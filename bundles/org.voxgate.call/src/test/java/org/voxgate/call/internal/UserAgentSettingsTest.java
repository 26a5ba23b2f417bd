package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipUaSettingsDTO;

class UserAgentSettingsTest {
    /** A Config with the annotation's defaults, except {@code values} (by method name). */
    static UserAgentSettings.Config config(Map<String, Object> values) {
        return (UserAgentSettings.Config) Proxy.newProxyInstance(UserAgentSettings.Config.class.getClassLoader(),
                new Class<?>[] {UserAgentSettings.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return UserAgentSettings.Config.class;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }

    @Test
    void timersDefaultToTheIosValues() {
        SipUaSettingsDTO s = UserAgentSettings.toSettings(config(Map.of()));
        assertThat(s.timersTryingMs).isEqualTo(500);
        assertThat(s.timersExpiresMs).isEqualTo(180000);
        assertThat(new int[] {s.timersConnectMs, s.timersDisconnectMs, s.timersCometMs, s.timersPrackMs,
                s.timersRel1xxMs, s.timersNotifyMs}).containsOnly(500);
    }

    @Test
    void configuredTimersAreShownAndOutOfRangeOnesFallBackToTheDefault() {
        SipUaSettingsDTO s = UserAgentSettings.toSettings(config(Map.of("timers_connect", 100, "timers_disconnect", 1000,
                "timers_prack", 10000, "timers_rel1xx", 0, "timers_notify", 1001, "timers_comet", 250)));
        assertThat(s.timersConnectMs).isEqualTo(100);
        assertThat(s.timersDisconnectMs).isEqualTo(1000);
        assertThat(s.timersPrackMs).isEqualTo(10000);
        assertThat(s.timersCometMs).isEqualTo(250);
        assertThat(s.timersRel1xxMs).isEqualTo(500);
        assertThat(s.timersNotifyMs).isEqualTo(500);
    }

    @Test
    void notifyMaxDurationIsTheConfiguredOneOrTheDefault() {
        assertThat(UserAgentSettings.toSettings(config(Map.of())).notifyMaxDurationMs).isEqualTo(2000);
        assertThat(UserAgentSettings.toSettings(config(Map.of("notify_telephone_event_max_duration", 1000)))
                .notifyMaxDurationMs).isEqualTo(1000);
        assertThat(UserAgentSettings.toSettings(config(Map.of("notify_telephone_event_max_duration", 400)))
                .notifyMaxDurationMs).as("out of range 500-3000").isEqualTo(2000);
    }
}

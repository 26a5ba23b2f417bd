package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserAgentSettingsTest {

    /** A Config whose methods return {@code values} by name, else the annotation default. */
    private static UserAgentSettings.Config config(Map<String, Object> values) {
        return (UserAgentSettings.Config) Proxy.newProxyInstance(UserAgentSettings.Config.class.getClassLoader(),
                new Class<?>[] {UserAgentSettings.Config.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
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

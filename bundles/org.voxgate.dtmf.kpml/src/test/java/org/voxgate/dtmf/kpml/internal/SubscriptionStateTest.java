package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionStateTest {

    @Test
    void parsesAndFormats() {
        assertThat(SubscriptionState.parse("active;expires=7200")).isEqualTo(new SubscriptionState("active", null, 7200));
        assertThat(SubscriptionState.parse(" Terminated ; Reason = Timeout"))
                .isEqualTo(new SubscriptionState("terminated", "timeout", -1));
        assertThat(SubscriptionState.parse(null).state()).isEqualTo("active");
        assertThat(SubscriptionState.parse("active;expires=soon").expires()).isEqualTo(-1);
        assertThat(SubscriptionState.active(3600).format()).isEqualTo("active;expires=3600");
        assertThat(SubscriptionState.terminated("deactivated").format()).isEqualTo("terminated;reason=deactivated");
        assertThat(SubscriptionState.terminated(null).format()).isEqualTo("terminated");
    }

    @Test
    void resubscribeOnlyWhenRfc6665AllowsItAtOnce() {
        assertThat(SubscriptionState.parse("terminated").mayResubscribe()).isTrue();
        assertThat(SubscriptionState.parse("terminated;reason=deactivated").mayResubscribe()).isTrue();
        assertThat(SubscriptionState.parse("terminated;reason=timeout").mayResubscribe()).isTrue();
        assertThat(SubscriptionState.parse("terminated;reason=rejected").mayResubscribe()).isFalse();
        assertThat(SubscriptionState.parse("terminated;reason=noresource").mayResubscribe()).isFalse();
        assertThat(SubscriptionState.parse("terminated;reason=giveup").mayResubscribe()).isFalse();
    }
}

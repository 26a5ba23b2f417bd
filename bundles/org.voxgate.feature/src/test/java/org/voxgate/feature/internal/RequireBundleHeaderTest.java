package org.voxgate.feature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequireBundleHeaderTest {

    @Test
    void readsNamesInOrder() {
        assertThat(RequireBundleHeader.symbolicNames("org.voxgate.api,org.voxgate.spi, org.voxgate.sip"))
                .containsExactly("org.voxgate.api", "org.voxgate.spi", "org.voxgate.sip");
    }

    @Test
    void dropsAttributesAndDirectivesIncludingQuotedCommas() {
        assertThat(RequireBundleHeader.symbolicNames(
                "a;bundle-version=\"[1.0,2.0)\";visibility:=reexport,b;resolution:=optional"))
                .containsExactly("a", "b");
    }

    @Test
    void absentOrBlankHeaderHasNoMembers() {
        assertThat(RequireBundleHeader.symbolicNames(null)).isEmpty();
        assertThat(RequireBundleHeader.symbolicNames(" ")).isEmpty();
    }

    @Test
    void duplicatesAreListedOnce() {
        assertThat(RequireBundleHeader.symbolicNames("a,b,a")).containsExactly("a", "b");
    }
}

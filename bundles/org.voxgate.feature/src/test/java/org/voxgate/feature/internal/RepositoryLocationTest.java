package org.voxgate.feature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RepositoryLocationTest {

    @Test
    void urlsAreUsedAsGiven() {
        assertThat(RepositoryLocation.toUrl("file:/opt/voxgate/system/repository/index.xml", Path.of("/x")))
                .isEqualTo("file:/opt/voxgate/system/repository/index.xml");
        assertThat(RepositoryLocation.toUrl(" https://example.invalid/index.xml ", Path.of("/x")))
                .isEqualTo("https://example.invalid/index.xml");
    }

    @Test
    void pathsAreResolvedAgainstTheWorkingDirectory() {
        assertThat(RepositoryLocation.toUrl("system/repository/index.xml", Path.of("/opt/voxgate")))
                .isEqualTo("file:///opt/voxgate/system/repository/index.xml");
        assertThat(RepositoryLocation.toUrl("/srv/repo/index.xml", Path.of("/opt/voxgate")))
                .isEqualTo("file:///srv/repo/index.xml");
    }

    @Test
    void unsetOrBlankMeansNoRepository() {
        assertThat(RepositoryLocation.toUrl(null, Path.of("/x"))).isNull();
        assertThat(RepositoryLocation.toUrl("  ", Path.of("/x"))).isNull();
    }
}

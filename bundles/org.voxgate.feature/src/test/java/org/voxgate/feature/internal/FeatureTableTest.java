package org.voxgate.feature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void rendersAlignedColumns() {
        FeatureTable table = new FeatureTable(List.of(
                new FeatureTable.Row("voxgate-core", true, "SIP core"),
                new FeatureTable.Row("voxgate-shell", false, "Operator shell")));

        assertThat(table.toString()).isEqualTo("""
                NAME           STATE          DESCRIPTION
                voxgate-core   installed      SIP core
                voxgate-shell  not installed  Operator shell""");
    }

    @Test
    void isACharSequenceSoGogoPrintsItAsText() {
        FeatureTable table = new FeatureTable(List.of());

        assertThat(table).isInstanceOf(CharSequence.class);
        assertThat(table.length()).isEqualTo(table.toString().length());
        assertThat(table.toString()).endsWith("(no features in the repository)");
    }
}

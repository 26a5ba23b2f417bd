package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextColumnsTest {

    @Test
    void placesValuesAtTheirColumnsAndDropsTrailingBlanks() {
        assertThat(new TextColumns().left(0, "ab").left(5, "cd").left(10, null).toString()).isEqualTo("ab   cd");
    }

    @Test
    void aLongValuePushesTheNextColumnWithOneSpace() {
        assertThat(new TextColumns().left(0, "abcdefgh").left(5, "x").toString()).isEqualTo("abcdefgh x");
    }

    @Test
    void rightAlignsOnTheLastColumn() {
        assertThat(new TextColumns().left(0, "a").right(4, "7").toString()).isEqualTo("a   7");
        assertThat(new TextColumns().left(0, "a").right(4, "10").toString()).isEqualTo("a  10");
        assertThat(new TextColumns().left(0, "abcd").right(4, "10").toString()).isEqualTo("abcd 10");
    }

    @Test
    void aFirstValueCanStartAfterColumnZero() {
        assertThat(new TextColumns().left(3, "x").toString()).isEqualTo("   x");
    }
}

package org.voxgate.dialpeer.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "longest match" order of semantics.md §1.2. */
class PatternSpecificityTest {

    private static Match match(String pattern, String number) {
        return DigitPattern.compile(pattern).match(number).orElseThrow();
    }

    @Test
    void moreExplicitDigitsWin() {
        Match specific = match("200.", "2001");
        Match general = match("2...", "2001");
        assertThat(specific.explicitDigits()).isEqualTo(3);
        assertThat(general.explicitDigits()).isEqualTo(1);
        assertThat(specific.specificity().isMoreSpecificThan(general.specificity())).isTrue();
    }

    @Test
    void literalsThenSetsThenDotsThenT() {
        List<String> bestFirst = List.of("2001", "200.", "20[0-4].", "20..", "2[0-9][0-9].", "2...", "2..T", "2T",
                "..T", ".T", "T");
        List<Match> matches = new ArrayList<>();
        for (int i = bestFirst.size() - 1; i >= 0; i--) {
            matches.add(match(bestFirst.get(i), "2001"));
        }
        matches.sort(PatternSpecificity.LONGEST_MATCH_FIRST);
        assertThat(matches).extracting(m -> m.pattern().text()).containsExactlyElementsOf(bestFirst);
        for (int i = 1; i < matches.size(); i++) {
            assertThat(matches.get(i - 1).specificity()).isGreaterThan(matches.get(i).specificity());
        }
    }

    @Test
    void literalsDominateEverythingElse() {
        assertThat(new PatternSpecificity(2, 0, 0, 0)).isGreaterThan(new PatternSpecificity(1, 9, 9, 9));
        assertThat(new PatternSpecificity(1, 1, 0, 0)).isGreaterThan(new PatternSpecificity(1, 0, 9, 9));
        assertThat(new PatternSpecificity(1, 1, 1, 0)).isGreaterThan(new PatternSpecificity(1, 1, 0, 9));
        assertThat(new PatternSpecificity(1, 1, 1, 1)).isEqualByComparingTo(new PatternSpecificity(1, 1, 1, 1));
    }

    @Test
    void narrowerSetsAreNotPreferred() {
        // IOS counts explicit digits; a set is never one, whatever its width.
        assertThat(match("20[0-1].", "2001").specificity())
                .isEqualByComparingTo(match("20[0-9].", "2001").specificity());
    }

    @Test
    void consumingMoreOfAnEnBlocNumberWins() {
        assertThat(match("2....", "20001").specificity()).isGreaterThan(match("2...", "20001").specificity());
        assertThat(match("2001.", "20011").specificity()).isGreaterThan(match("2001", "20011").specificity());
    }

    @Test
    void equalMatchesKeepTheirOrderInAStableSort() {
        List<Match> matches = new ArrayList<>(List.of(match("20..", "2001"), match("2.0.", "2001"),
                match("200.", "2001")));
        matches.sort(PatternSpecificity.LONGEST_MATCH_FIRST);
        assertThat(matches).extracting(m -> m.pattern().text()).containsExactly("200.", "20..", "2.0.");
    }

    @Test
    void lengthIsTheSumOfCounters() {
        assertThat(new PatternSpecificity(1, 2, 3, 4).length()).isEqualTo(10);
        assertThat(PatternSpecificity.NONE.length()).isZero();
        assertThat(match("T", "").specificity()).isEqualTo(PatternSpecificity.NONE);
    }

    @Test
    void negativeCountersAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PatternSpecificity(-1, 0, 0, 0));
    }

    @Test
    void matchValidatesItsFields() {
        DigitPattern p = DigitPattern.compile("2...");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Match(p, "2001", 5, new PatternSpecificity(1, 0, 4, 0), 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Match(p, "2001", 4, new PatternSpecificity(1, 0, 2, 0), 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Match(p, "2001", 4, new PatternSpecificity(1, 0, 3, 0), 2));
    }
}

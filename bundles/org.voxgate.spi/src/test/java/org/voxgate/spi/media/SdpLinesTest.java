package org.voxgate.spi.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdpLinesTest {
    @Test
    void linesEndAtCrLfLfOrCrAndAFinalLineEndGivesNoEmptyLine() {
        assertThat(SdpLines.lines("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n")).containsExactly("v=0", "o=- 1 1 IN IP4 127.0.0.1");
        assertThat(SdpLines.lines("v=0\no=x\n\nm=audio 1 RTP/AVP 0")).containsExactly("v=0", "o=x", "", "m=audio 1 RTP/AVP 0");
        assertThat(SdpLines.lines("a\rb\r\nc\n")).containsExactly("a", "b", "c");
        assertThat(SdpLines.lines("a\n\n")).containsExactly("a", "");
        assertThat(SdpLines.lines("")).isEmpty();
        assertThat(SdpLines.lines("single")).containsExactly("single");
    }

    /** Up to the trailing empty strings split drops, the lines are what the regular expression gave. */
    @Test
    void linesSplitAsTheRegularExpressionDid() {
        for (String text : new String[] {"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n", "v=0\no=x\n\nm=audio 1 RTP/AVP 0",
                "a\rb\r\nc\n", "", "\r\n\r\n", "single"}) {
            assertThat(withoutTrailingEmpty(SdpLines.lines(text))).as(text)
                    .isEqualTo(withoutTrailingEmpty(List.of(text.split("\r?\n|\r"))));
        }
    }

    @Test
    void fieldsSplitAsTheRegularExpressionDid() {
        for (String line : new String[] {"audio 49170 RTP/AVP 0 8 101", "a  b\t c", "one", "", "IN IP4   127.0.0.1",
                "audio 1 RTP/AVP 0 "}) {
            assertThat(SdpLines.fields(line)).as(line).containsExactly(line.split("\\s+"));
            assertThat(SdpLines.fields(line, 2)).as(line).containsExactly(line.split("\\s+", 2));
        }
    }

    private static List<String> withoutTrailingEmpty(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}

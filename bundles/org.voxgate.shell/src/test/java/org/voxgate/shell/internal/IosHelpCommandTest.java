package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IosHelpCommandTest {
    @Test
    void descriptionsComeFromTheDescriptorOfTheFunctionMethod() {
        assertThat(IosHelpCommand.describe(new ConfigCommands(), "copy")).startsWith("copy FILE running-config:");
        assertThat(IosHelpCommand.describe(new ConfigCommands(), "configure")).startsWith("configure terminal:");
        assertThat(IosHelpCommand.describe(new ShowCommands(), "show")).contains("running-config");
        assertThat(IosHelpCommand.describe(new Object(), "toString")).isEmpty();
    }

    @Test
    void functionsPropertyMayBeOneOrMany() {
        assertThat(IosHelpCommand.functions("show")).containsExactly("show");
        assertThat(IosHelpCommand.functions(new String[] {"copy", "configure"})).containsExactly("copy", "configure");
        assertThat(IosHelpCommand.functions(null)).isEmpty();
    }

    @Test
    void entriesAreAlignedAndWrapped() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("copy", "short");
        commands.put("ios-help", "word ".repeat(40).strip());
        String text = IosHelpCommand.format(commands);
        assertThat(text).startsWith("Voxgate commands (IOS syntax):\n  copy      short\n  ios-help  word word");
        assertThat(text.lines()).allMatch(l -> l.length() <= 100);
        assertThat(text.lines().skip(3).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("            word"));
    }
}

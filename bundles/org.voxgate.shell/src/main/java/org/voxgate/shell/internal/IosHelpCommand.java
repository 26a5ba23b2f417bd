package org.voxgate.shell.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ios-help [COMMAND]}: the commands of scope {@code voxgate} (every bundle's, not only this one's) with
 * their {@link Descriptor} text. Gogo's own {@code help} lists every scope; this one is the operator's IOS view.
 * It is a {@link Function} so that it can also be named {@code ?} (usable where Gogo does not glob:
 * {@code voxgate-cli "?"} and {@code voxgate-cli "show ?"} run it).
 */
@Component(service = Function.class, property = {"osgi.command.scope=voxgate",
    "osgi.command.function=ios-help", "osgi.command.function=?"})
public class IosHelpCommand implements Function {
    static final String SCOPE_FILTER = "(osgi.command.scope=voxgate)";
    static final String SELF = "ios-help";
    static final String SELF_DESCRIPTION = "ios-help [COMMAND] (voxgate-cli: ? or COMMAND ?): list the Voxgate IOS "
            + "commands with their descriptions";
    private static final int WIDTH = 100;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws InvalidSyntaxException {
        String only = arguments == null || arguments.isEmpty() ? null : String.valueOf(arguments.get(0)).toLowerCase(Locale.ROOT);
        Map<String, String> commands = commands();
        if (only != null) {
            commands.keySet().retainAll(List.of(only));
            if (commands.isEmpty()) {
                throw new IllegalArgumentException("% Unrecognized command: " + only + " (ios-help lists the commands)");
            }
        }
        return format(commands);
    }

    /** Function name to description, of every service in scope voxgate. */
    Map<String, String> commands() throws InvalidSyntaxException {
        Map<String, String> commands = new TreeMap<>();
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, SCOPE_FILTER);
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            Object service = context.getService(ref);
            if (service == null) {
                continue;
            }
            try {
                for (String function : functions(ref.getProperty("osgi.command.function"))) {
                    if (service == this) {
                        commands.putIfAbsent(SELF, SELF_DESCRIPTION);
                    } else if (!function.equals("?")) {
                        commands.put(function, describe(service, function));
                    }
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return commands;
    }

    static List<String> functions(Object property) {
        List<String> names = new ArrayList<>();
        if (property instanceof String[] array) {
            names.addAll(List.of(array));
        } else if (property != null) {
            names.add(property.toString());
        }
        return names;
    }

    /** The {@link Descriptor} of the public method named like the function, or "" when it has none. */
    static String describe(Object service, String function) {
        for (Method m : service.getClass().getMethods()) {
            Descriptor d = m.getAnnotation(Descriptor.class);
            if (d != null && m.getName().equalsIgnoreCase(function)) {
                return d.value();
            }
        }
        return "";
    }

    /** One entry per command: the name, then its description wrapped at {@value #WIDTH} columns. */
    static String format(Map<String, String> commands) {
        int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder b = new StringBuilder("Voxgate commands (IOS syntax):\n");
        commands.forEach((name, description) -> {
            String pad = " ".repeat(nameWidth + 2);
            StringBuilder line = new StringBuilder("  ").append(name).append(" ".repeat(nameWidth - name.length()));
            int start = line.length();
            for (String word : description.split("\\s+")) {
                if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                    b.append(line).append('\n');
                    line = new StringBuilder(pad);
                    start = line.length();
                }
                if (line.length() > start) {
                    line.append(' ');
                }
                line.append(word);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        });
        return b.toString();
    }
}

package org.voxgate.shell.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.service.component.annotations.Component;

/**
 * Puts the {@code voxgate} command scope first in every Gogo session, before each command, as
 * {@code voxgate-cli} sessions already have it: the interactive console's profile sets {@code SCOPE = 'gogo:*'},
 * which would make {@code clear sip-ua statistics} Gogo's clear-screen. Gogo's own commands stay reachable by
 * their scope ({@code gogo:clear}).
 */
@Component
public class IosVerbsFirst implements CommandSessionListener {
    static final String SCOPE = "SCOPE";
    static final String FIRST = "voxgate";

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        Object scope = session.get(SCOPE);
        String path = scope == null ? "*" : scope.toString();
        if (!path.equals(FIRST) && !path.startsWith(FIRST + ":")) {
            session.put(SCOPE, FIRST + ":" + path);
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {}

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {}
}

package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.config.SrstPoolKeys;

/**
 * One {@code voice register pool N} block of {@code show running-config}: {@code id network}, {@code id number},
 * {@code username U password 7 X} (type 7, like the {@code sip-ua} passwords). Values that the IOS grammar would
 * refuse (possible through {@code etc/*.cfg}) are printed as stored, so that loading the text back fails on that line
 * instead of dropping it; e.g. a {@code username} without {@code password} prints {@code password 7 02}.
 */
final class VoiceRegisterPoolExport {
    private VoiceRegisterPoolExport() {}

    static List<String> lines(int tag, StoredProperties p) {
        List<String> b = new ArrayList<>();
        b.add("voice register pool " + tag);
        String network = p.string(SrstPoolKeys.ID_NETWORK);
        if (network != null) {
            String mask = p.string(SrstPoolKeys.ID_MASK);
            // the registrar reads a network without mask as that single address
            b.add(" id network " + network + " mask " + (mask == null ? "255.255.255.255" : mask));
        }
        String number = p.string(SrstPoolKeys.ID_NUMBER);
        if (number != null) {
            b.add(" id number " + number);
        }
        String user = p.string(SrstPoolKeys.USERNAME);
        if (user != null) {
            String password = p.string(SrstPoolKeys.PASSWORD);
            b.add(" username " + user + " password 7 " + Type7Password.encode(password == null ? "" : password));
        }
        return b;
    }
}

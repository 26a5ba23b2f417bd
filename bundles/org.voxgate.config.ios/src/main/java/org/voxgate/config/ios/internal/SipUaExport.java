package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.config.RegistrationKeys;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.TransportKeys;

/** The {@code sip-ua} block of {@code show running-config}. Passwords are printed as IOS type 7. */
final class SipUaExport {
    private SipUaExport() {}

    /**
     * The block's lines, or none when everything is at its default.
     *
     * @param primary the {@code registrar} configuration, {@link StoredProperties#EMPTY} when none
     * @param secondary the {@code registrar ... secondary} configuration, {@link StoredProperties#EMPTY} when none
     */
    static List<String> lines(StoredProperties ua, StoredProperties transport, StoredProperties primary,
            StoredProperties secondary) {
        List<String> body = new ArrayList<>();
        if (!transport.flag(TransportKeys.UDP, true)) {
            body.add("no transport udp");
        }
        if (!transport.flag(TransportKeys.TCP, true)) {
            body.add("no transport tcp");
        }
        if (ua.flag(SipUaKeys.CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD, false)) {
            body.add(CallingInfoGrammar.UNSCREENED_DISCARD);
        }
        for (CallingInfoGrammar.ValueForm form : CallingInfoGrammar.VALUE_FORMS) {
            VoiceServiceExport.addIfSet(body, form.keywords() + " ", ua.string(form.key()));
        }
        VoiceServiceExport.addIfSet(body, "nat symmetric role ", ua.string(SipUaKeys.NAT_SYMMETRIC_ROLE));
        if (ua.flag(SipUaKeys.NAT_SYMMETRIC_CHECK_MEDIA_SRC, false)) {
            body.add("nat symmetric check-media-src");
        }
        VoiceServiceExport.addIfSet(body, null, credentials(ua));
        VoiceServiceExport.addIfSet(body, null, authentication(ua));
        VoiceServiceExport.addIfSet(body, null, SipUaGrammar.MAX_FORWARDS.line(ua.integer(SipUaKeys.MAX_FORWARDS)));
        for (RangedSetting s : SipUaGrammar.RETRIES) {
            VoiceServiceExport.addIfSet(body, null, s.line(ua.integer(s.key())));
        }
        for (RangedSetting s : SipUaGrammar.TIMERS) {
            VoiceServiceExport.addIfSet(body, null, s.line(ua.integer(s.key())));
        }
        if (!ua.flag(SipUaKeys.REDIRECT_HANDLING, true)) {
            body.add("no redirection");
        }
        VoiceServiceExport.addIfSet(body, null,
                SipUaGrammar.NOTIFY_MAX_DURATION.line(ua.integer(SipUaKeys.NOTIFY_MAX_DURATION)));
        VoiceServiceExport.addIfSet(body, null, registrar(primary, false));
        VoiceServiceExport.addIfSet(body, null, registrar(secondary, true));
        VoiceServiceExport.addIfSet(body, "sip-server ", ua.string(SipUaKeys.SIP_SERVER));
        if (body.isEmpty()) {
            return body;
        }
        List<String> block = new ArrayList<>();
        block.add("sip-ua");
        body.forEach(l -> block.add(" " + l));
        return block;
    }

    /** {@code registrar ADDRESS [expires N] [tcp] [secondary]}; null when not configured. */
    static String registrar(StoredProperties r, boolean secondary) {
        String address = r.string(RegistrationKeys.REGISTRAR);
        if (address == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("registrar ").append(address);
        Integer expires = r.integer(RegistrationKeys.EXPIRES);
        if (expires != null && expires != RegistrationKeys.EXPIRES_DEFAULT) {
            b.append(" expires ").append(expires);
        }
        if ("tcp".equalsIgnoreCase(r.string(RegistrationKeys.TRANSPORT))) {
            b.append(" tcp");
        }
        if (secondary) {
            b.append(" secondary");
        }
        return b.toString();
    }

    /** {@code credentials [number N] username U password 7 X realm R}; null when incomplete. */
    private static String credentials(StoredProperties ua) {
        String user = ua.string(SipUaKeys.CREDENTIALS_USERNAME);
        String password = password(ua, SipUaKeys.CREDENTIALS_PASSWORD, SipUaKeys.LEGACY_CREDENTIALS_PASSWORD);
        String realm = ua.string(SipUaKeys.CREDENTIALS_REALM);
        if (user == null || password == null || realm == null) {
            return null;
        }
        String number = ua.string(SipUaKeys.CREDENTIALS_NUMBER);
        return "credentials " + (number == null ? "" : "number " + number + " ") + "username " + user + " password 7 "
                + Type7Password.encode(password) + " realm " + realm;
    }

    /** {@code authentication username U password 7 X [realm R]}; null when incomplete. */
    private static String authentication(StoredProperties ua) {
        String user = ua.string(SipUaKeys.AUTHENTICATION_USERNAME);
        String password = password(ua, SipUaKeys.AUTHENTICATION_PASSWORD, SipUaKeys.LEGACY_AUTHENTICATION_PASSWORD);
        if (user == null || password == null) {
            return null;
        }
        String realm = ua.string(SipUaKeys.AUTHENTICATION_REALM);
        return "authentication username " + user + " password 7 " + Type7Password.encode(password)
                + (realm == null ? "" : " realm " + realm);
    }

    /**
     * The password under its private key, else under its legacy key: a configuration not migrated yet (an
     * {@code etc/org.voxgate.sipua.cfg} file that FileInstall applies again) must still show its credentials.
     */
    private static String password(StoredProperties ua, String key, String legacyKey) {
        String password = ua.string(key);
        return password != null ? password : ua.string(legacyKey);
    }
}

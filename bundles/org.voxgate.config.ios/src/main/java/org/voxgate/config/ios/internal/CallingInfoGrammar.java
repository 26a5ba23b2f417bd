package org.voxgate.config.ios.internal;

import java.util.List;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;

/**
 * {@code sip-ua} / {@code calling-info}: calling-party treatment between PSTN and SIP, PID
 * {@value ConfigPids#SIP_UA}. Stored, not active yet.
 * <pre>
 * calling-info pstn-to-sip unscreened discard
 * calling-info pstn-to-sip from|remote-party-id|asserted-id name set NAME
 * calling-info pstn-to-sip from|remote-party-id|asserted-id number set NUMBER
 * calling-info sip-to-pstn name set NAME
 * calling-info sip-to-pstn number set NUMBER
 * </pre>
 */
final class CallingInfoGrammar {
    private static final String PID = ConfigPids.SIP_UA;
    static final String NOT_ACTIVE = "stored; calling-info treatment is not active yet";
    static final String UNSCREENED_DISCARD = "calling-info pstn-to-sip unscreened discard";

    /** A {@code ... name|number set VALUE} form: its keywords before the value, and its attribute. */
    record ValueForm(String keywords, String key) {}

    /** The value forms, in the order {@code show running-config} prints them. */
    static final List<ValueForm> VALUE_FORMS = List.of(
            new ValueForm("calling-info pstn-to-sip from name set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_FROM_NAME),
            new ValueForm("calling-info pstn-to-sip from number set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_FROM_NUMBER),
            new ValueForm("calling-info pstn-to-sip remote-party-id name set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_RPID_NAME),
            new ValueForm("calling-info pstn-to-sip remote-party-id number set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_RPID_NUMBER),
            new ValueForm("calling-info pstn-to-sip asserted-id name set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_PAID_NAME),
            new ValueForm("calling-info pstn-to-sip asserted-id number set", SipUaKeys.CALLING_INFO_PSTN_TO_SIP_PAID_NUMBER),
            new ValueForm("calling-info sip-to-pstn name set", SipUaKeys.CALLING_INFO_SIP_TO_PSTN_NAME),
            new ValueForm("calling-info sip-to-pstn number set", SipUaKeys.CALLING_INFO_SIP_TO_PSTN_NUMBER));

    private CallingInfoGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.SIP_UA, UNSCREENED_DISCARD, (w, no, d) -> {
            Grammar.noMoreWords(w, 4);
            if (no) {
                d.remove(PID, SipUaKeys.CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD);
            } else {
                d.set(PID, SipUaKeys.CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD, Boolean.TRUE);
                d.notYetActive(NOT_ACTIVE);
            }
            return null;
        });
        for (ValueForm form : VALUE_FORMS) {
            // "no calling-info sip-to-pstn name" (without "set VALUE") removes it too
            String withoutSet = form.keywords.substring(0, form.keywords.length() - " set".length());
            int index = form.keywords.split(" ").length;
            boolean number = form.keywords.contains(" number ");
            g.add(Mode.SIP_UA, withoutSet, (w, no, d) -> {
                if (no) {
                    d.remove(PID, form.key);
                    return null;
                }
                if (w.size() < index || !w.get(index - 1).equalsIgnoreCase("set")) {
                    throw new InvalidLine("'" + form.keywords + (number ? " NUMBER" : " NAME") + "' expected");
                }
                String value = Grammar.oneArg(w, index, number ? "NUMBER" : "NAME");
                if (number && !value.matches("\\+?[0-9*#]{1,32}")) {
                    throw new InvalidLine("calling-info number: up to 32 digits, * or # expected, not '" + value + "'");
                }
                d.set(PID, form.key, value);
                d.notYetActive(NOT_ACTIVE);
                return null;
            });
        }
        g.add(Mode.SIP_UA, "calling-info", (w, no, d) -> {
            throw new InvalidLine("calling-info pstn-to-sip unscreened discard | pstn-to-sip from|remote-party-id|asserted-id "
                    + "name|number set VALUE | sip-to-pstn name|number set VALUE expected");
        });
    }
}

package org.voxgate.api.dialplan;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the dial-peer bundle: the configured peers and explanations of routing decisions. */
@ProviderType
public interface DialPlan {
    /** {@code dial-peer hunt} scheme in effect (0 = longest match, preference, random). */
    int huntScheme();

    /** Every configured dial peer, by ascending tag. */
    List<DialPeerDTO> peers();

    /** {@code show dialplan number DIGITS}: every peer considered for the number and the resulting hunt order. */
    DialplanExplanationDTO explain(String number);
}

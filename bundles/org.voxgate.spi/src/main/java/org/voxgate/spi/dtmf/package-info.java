/**
 * DTMF relay SPI: one {@link org.voxgate.spi.dtmf.DtmfRelay} service per method (IOS {@code dtmf-relay rtp-nte |
 * sip-info | sip-notify | sip-kpml}, plus {@code inband}), each in its own bundle. The call core negotiates a method
 * per leg from the dial peer's {@code dtmf-relay} list and what the peer advertises, attaches the chosen relay to the
 * leg ({@link org.voxgate.spi.dtmf.DtmfLeg} is the core's side, {@link org.voxgate.spi.dtmf.DtmfSession} the relay's),
 * and hands every digit a leg reports to the other leg's session. No SIP stack types cross this SPI: messages are
 * plain header lists and bodies, media goes through {@link org.voxgate.spi.media.MediaSession}.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.dtmf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

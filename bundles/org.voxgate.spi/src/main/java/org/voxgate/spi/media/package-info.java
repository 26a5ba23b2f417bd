/**
 * Media SPI: the RTP relay that anchors each call's media (IOS "media flow-through"). The call core opens one
 * {@link org.voxgate.spi.media.MediaSession} per call from the {@link org.voxgate.spi.media.MediaRelay} service
 * (provided by {@code org.voxgate.media}), passes every SDP offer and answer of either leg through it and sends the
 * rewritten SDP on; the relay then carries RTP and RTCP between the legs. DTMF bundles attach a
 * {@link org.voxgate.spi.media.MediaTap} to a session to see telephone-event packets and decoded G.711 audio, and
 * inject packets or audio into a leg.
 */
@Version("1.2.0")
@Export
package org.voxgate.spi.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * RFC 3263 server location by DNS SRV (RFC 2782), shared by everything that sends SIP to a {@code dns:} name
 * without a port: the call core's {@code session target dns:host} and the registrar client's
 * {@code registrar dns:host}. Part of the SIP stack bundle (state tier) so that strategy bundles need not export it.
 */
@Version("1.0.0")
@Export
package org.voxgate.sip.dns;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

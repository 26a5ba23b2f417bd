/**
 * The SIP user agent (the IOS {@code sip-ua} mode): settings in force, message statistics and message trace.
 */
@Version("1.2.0")
@Export
package org.voxgate.api.sipua;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

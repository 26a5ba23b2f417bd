/**
 * Read-only view of the registrar client ({@code sip-ua} / {@code registrar ...}): the state of every line's
 * registration with the primary and the secondary registrar ({@code show sip-ua register status [secondary]}),
 * and the registrar that {@code session target registrar} reaches.
 */
@Version("1.0.0")
@Export
package org.voxgate.api.registration;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

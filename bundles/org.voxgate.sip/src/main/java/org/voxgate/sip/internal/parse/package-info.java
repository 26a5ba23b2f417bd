/** The RI's SIP message parser with a one-pass path for the plain forms of the common headers. */
package org.voxgate.sip.internal.parse;

package org.voxgate.sip.internal.parse;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/** Named by the stack property {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}: {@link PlainMessageParser}. */
public final class PlainMessageParserFactory implements MessageParserFactory {
    private static final PlainMessageParser PARSER = new PlainMessageParser();

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        return PARSER;
    }
}

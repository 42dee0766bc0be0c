package org.shuzhi.federation.internal;

import java.time.Instant;

/**
 * A message between Shuzhi nodes, signed over its exact JSON bytes (the signature travels in a header).
 *
 * @param from      the sending node
 * @param to        the node it is meant for: a receiver refuses messages for anybody else
 * @param sentAt    when it was sent: refused outside the receiver's clock-skew window
 * @param nonce     unique per message: a request is never accepted twice
 * @param inReplyTo for an answer, the nonce of the request it answers; {@code null} for a request
 * @param body      what it says
 */
record Message<T>(String from, String to, Instant sentAt, String nonce, String inReplyTo, T body) {
}

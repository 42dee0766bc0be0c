/**
 * Node federation 级联: one Shuzhi node per level (a province, its cities) exchanging data over signed HTTP. First,
 * catalog sync between levels 目录级联 — a lower node reports its catalog up (上报) and receives the higher levels'
 * shared catalog back (回流), incrementally by modification time and idempotently, so that retries after either side
 * was down leave no duplicates.
 *
 * <p>Every message is signed with the sending node's Ed25519 key and verified by the receiver against the public key
 * it was configured with; it names sender and receiver, carries a time checked against a window and a nonce never
 * accepted twice; an answer is signed too and names the request it answers. The lower node drives both directions
 * (it is the one that knows when it was down); its positions are kept in its own database and moved only after the
 * other side's signed answer, or — for what it receives — in the transaction that stores the entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation 级联")
package org.shuzhi.federation;

/**
 * The appeal case: immutable records that mirror the case file (JSON) field by field, and the
 * closed sets of values it uses. Records accept what they are given (so that a whole case can be
 * checked and every problem reported at once); {@code AppealPackets} validates a case before use.
 * Collections are copied and never null.
 */
@NullMarked
package org.appealpacket.model;

import org.jspecify.annotations.NullMarked;

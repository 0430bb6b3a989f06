/**
 * Payer profiles: what the letters need to know about a payer, as data
 * ({@link org.appealpacket.payer.PayerProfile}).
 */
@NullMarked
package org.appealpacket.payer;

import org.jspecify.annotations.NullMarked;

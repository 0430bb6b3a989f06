/**
 * Implementation. Not API: nothing here is stable, and the module does not export it.
 */
@NullMarked
package org.appealpacket.internal;

import org.jspecify.annotations.NullMarked;

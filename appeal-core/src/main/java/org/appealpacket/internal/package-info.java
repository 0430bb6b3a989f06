/**
 * Implementation. Not API: nothing here is stable, and the module does not export it. One
 * package per pipeline stage; docs/architecture.md says what each owns.
 */
@NullMarked
package org.appealpacket.internal;

import org.jspecify.annotations.NullMarked;

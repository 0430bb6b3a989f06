/**
 * The pipeline behind the façade: validate, plan, render the letters until their page numbers settle, write, describe.
 * Implementation, not API (see {@link org.appealpacket.internal}).
 */
@NullMarked
package org.appealpacket.internal.engine;

import org.jspecify.annotations.NullMarked;

/**
 * The rules stage: which appeal pathway applies to a case, with its deadlines, decision clocks and
 * citations. {@link org.appealpacket.rules.Pathway#compute Pathway.compute} is the entry point; it
 * is a pure function of the case and the current date.
 *
 * <p>The rule values themselves live as data in one package-private table (one row per regime of
 * the project's rule reference), each value with its citation and a {@link
 * org.appealpacket.rules.Certainty} copied from the reference's tag. Values that are not verified
 * in the regulation are never presented as certain: the pathway carries a warning for each one the
 * packet relies on.
 *
 * <p>Every type here is immutable and thread-safe; nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.appealpacket.rules;

import org.jspecify.annotations.NullMarked;

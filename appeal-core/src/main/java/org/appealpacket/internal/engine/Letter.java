package org.appealpacket.internal.engine;

import org.appealpacket.PacketPlan;
import org.appealpacket.internal.render.LetterRenderer.Rendered;

/**
 * One letter section of the packet, rendered with the packet's settled page numbers.
 *
 * @param section its plan (id and template)
 * @param xhtml what its template made, the input of the PDF
 * @param rendered its PDF, page count and outline title
 */
public record Letter(PacketPlan.SectionPlan section, String xhtml, Rendered rendered) {
}

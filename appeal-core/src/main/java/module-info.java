/**
 * Appeal Packet's engine: turns an {@link org.appealpacket.model.AppealCase} into one merged,
 * paginated PDF appeal packet. Start with {@link org.appealpacket.AppealPackets#builder()}.
 *
 * <p>Exported: the façade and its results, options and exceptions ({@code org.appealpacket}), the
 * case model, the case file's reader and writer ({@code org.appealpacket.json}), the appeal rules, the payer profiles and the template source interface. The
 * implementation ({@code org.appealpacket.internal.*}) is not exported.
 */
module org.appealpacket {
    // Image exhibits (ImageIO, TIFF) and the templates' XHTML (DOM).
    requires java.desktop;
    requires java.xml;
    // OpenPDF and openpdf-html are automatic modules; these are the names their jars declare.
    requires com.github.librepdf.openpdf;
    requires com.github.librepdf.openpdf.parent;
    requires freemarker;
    requires org.slf4j;
    // The case-file reader and writer (org.appealpacket.json) only: the streaming parser, no data binding.
    requires com.fasterxml.jackson.core;
    requires static transitive org.jspecify;

    exports org.appealpacket;
    exports org.appealpacket.json;
    exports org.appealpacket.model;
    exports org.appealpacket.payer;
    exports org.appealpacket.rules;
    exports org.appealpacket.template;
}

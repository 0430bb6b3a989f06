/**
 * The standard content pack of Appeal Packet: section templates, print stylesheets, stamp words
 * and embedded fonts, exposed by {@link org.appealpacket.templates.StandardTemplates}.
 */
module org.appealpacket.templates {
    requires transitive org.appealpacket;
    requires static transitive org.jspecify;

    exports org.appealpacket.templates;

    // Font packs (appeal-templates-cjk): template sources of this library's own, found when present.
    uses org.appealpacket.template.TemplateSource;
}

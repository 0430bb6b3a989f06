/**
 * The standard templates' fonts for Chinese, Japanese and Korean. It exports nothing: the
 * standard templates ({@code org.appealpacket.templates}) find it as a service when it is present.
 */
module org.appealpacket.templates.cjk {
    requires org.appealpacket;
    requires static org.jspecify;

    provides org.appealpacket.template.TemplateSource with org.appealpacket.templates.cjk.CjkFonts;
}

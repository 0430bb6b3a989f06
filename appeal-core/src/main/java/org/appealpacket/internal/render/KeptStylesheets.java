package org.appealpacket.internal.render;

import org.openpdf.context.StyleReference;
import org.openpdf.extend.UserAgentCallback;

/**
 * openpdf-html, as configured by default ({@code xr.cache.stylesheets=false}), throws away every
 * parsed stylesheet whenever a renderer gets a new document, so its own user-agent sheet and the
 * templates' CSS were parsed again for every section. A renderer that {@link LetterRenderer} keeps
 * per thread uses this instead: it keeps sheets loaded by name (the user-agent sheet and the
 * template sets' files, which never change for one set of templates) and drops the document's
 * own, as openpdf-html does when caching is on. Sheets from {@code <style>} elements get a new
 * name for every document, so none is ever reused; the cache holds at most 16 sheets.
 */
final class KeptStylesheets extends StyleReference {
    KeptStylesheets(UserAgentCallback userAgent) {
        super(userAgent);
    }

    @Override
    public void flushAllStyleSheets() {
        flushStyleSheets();
    }
}

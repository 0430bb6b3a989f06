package org.appealpacket.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfString;

/** The writer's parts that work on one page's dictionary or on outline entries. */
class PagePartsTest {

    static PdfDictionary annotation(PdfName subtype) {
        PdfDictionary a = new PdfDictionary(PdfName.ANNOT);
        a.put(PdfName.SUBTYPE, subtype);
        a.put(PdfName.RECT, new PdfRectangle(10, 10, 50, 30));
        return a;
    }

    static PdfDictionary uriLink(String uri) {
        PdfDictionary link = annotation(PdfName.LINK);
        PdfDictionary action = new PdfDictionary(PdfName.ACTION);
        action.put(PdfName.S, PdfName.URI);
        action.put(PdfName.URI, new PdfString(uri));
        link.put(PdfName.A, action);
        return link;
    }

    static PdfDictionary page(PdfDictionary... annotations) {
        PdfDictionary page = new PdfDictionary(PdfName.PAGE);
        PdfArray annots = new PdfArray();
        for (PdfDictionary a : annotations) {
            annots.add(a);
        }
        page.put(PdfName.ANNOTS, annots);
        return page;
    }

    @Test
    void sanitize_dropsActionsLinksAttachmentsAndMedia_andKeepsComments() {
        PdfDictionary comment = annotation(PdfName.TEXT);
        comment.put(PdfName.A, new PdfDictionary(PdfName.ACTION));
        comment.put(PdfName.AA, new PdfDictionary());
        PdfDictionary page = page(uriLink("https://example.org"), annotation(PdfName.FILEATTACHMENT),
                annotation(new PdfName("RichMedia")), comment, annotation(PdfName.SQUARE));
        page.put(PdfName.AA, new PdfDictionary());
        PageSanitizer.sanitize(page, null);
        assertThat(page.get(PdfName.AA)).isNull();
        PdfArray kept = page.getAsArray(PdfName.ANNOTS);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.getAsDict(0).getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.TEXT);
        assertThat(kept.getAsDict(0).get(PdfName.A)).isNull();
        assertThat(kept.getAsDict(0).get(PdfName.AA)).isNull();
        assertThat(kept.getAsDict(1).getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.SQUARE);
    }

    @Test
    void sanitize_removesTheAnnotationListWhenNothingIsLeft() {
        PdfDictionary page = page(uriLink("javascript:alert(1)"));
        PageSanitizer.sanitize(page, null);
        assertThat(page.get(PdfName.ANNOTS)).isNull();
    }

    @Test
    void asIs_addsABandAboveAndBelowAsTheReaderSeesThePage_andRoomBesideANarrowOne() {
        Sheets.Placement upright = Sheets.asIs(new Rectangle(0, 0, 612, 792), 0, 36f);
        assertThat(List.of(upright.scale(), upright.dx(), upright.dy())).containsExactly(1f, 0f, 36f);
        assertThat(List.of(upright.sheet().getWidth(), upright.sheet().getHeight())).containsExactly(612f, 864f);
        // Turned by 90 degrees: the bands are at its sides in its own space, above and below as seen.
        Sheets.Placement sideways = Sheets.asIs(new Rectangle(0, 0, 612, 792), 90, 36f);
        assertThat(List.of(sideways.sheet().getWidth(), sideways.sheet().getHeight())).containsExactly(684f, 792f);
        assertThat(List.of(sideways.dx(), sideways.dy())).containsExactly(36f, 0f);
        // A 2.25-inch receipt, shown from x 10: centered on a sheet 4 inches wide, never scaled.
        Sheets.Placement receipt = Sheets.asIs(new Rectangle(10, 0, 172, 640), 0, 36f);
        assertThat(List.of(receipt.sheet().getWidth(), receipt.sheet().getHeight())).containsExactly(288f, 712f);
        assertThat(List.of(receipt.scale(), receipt.x(10), receipt.x(172))).containsExactly(1f, 63f, 225f);
    }

    @Test
    void takeLinks_removesTheLinksToExhibits_decodingTheirLabels_andLeavesOtherLinks() {
        PdfDictionary page = page(uriLink("appealpacket:exhibit/B%202"), uriLink("https://example.org"));
        List<ExhibitLinks.Link> links = ExhibitLinks.take(page);
        assertThat(links).extracting(ExhibitLinks.Link::label).containsExactly("B 2");
        assertThat(links.get(0).rect().getWidth()).isEqualTo(40f);
        assertThat(page.getAsArray(PdfName.ANNOTS).size()).isEqualTo(1);
        assertThat(ExhibitLinks.take(page)).isEmpty();
    }

    @Test
    void localise_pointsEntriesIntoTheirVolume_andKeepsOnlyTheTitleOfOthers() {
        Map<String, Object> inside = Outline.bookmark("inside", 12, null);
        Map<String, Object> child = Outline.bookmark("child", 30, null);
        Map<String, Object> parent = new HashMap<>(Outline.bookmark("parent", 11, List.of(child)));
        List<Map<String, Object>> local = Outline.localise(List.of(inside, parent), new Volume(2, 11, 20, 11), 1);
        assertThat(local.get(0)).containsEntry("Page", "3 Fit").containsEntry("Action", "GoTo");
        assertThat(local.get(1)).containsEntry("Page", "2 Fit");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kids = (List<Map<String, Object>>) local.get(1).get("Kids");
        assertThat(kids.get(0)).containsEntry("Title", "child").doesNotContainKeys("Page", "Action");
        assertThat(inside).as("the input is not changed").containsEntry("Page", "12 Fit");
    }

    @Test
    void aPdfActionIsNotALinkToAnExhibit() {
        PdfDictionary link = annotation(PdfName.LINK);
        link.put(PdfName.A, PdfAction.javaScript("app.alert(1)", null));
        assertThat(ExhibitLinks.take(page(link))).isEmpty();
    }
}

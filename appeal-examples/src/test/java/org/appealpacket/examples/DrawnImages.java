package org.appealpacket.examples;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** The images a packet draws, read back with PDFBox: each one's pixels and the matrix it is drawn with. */
final class DrawnImages {
    private DrawnImages() {
    }

    /** What each drawn image is: its pixels and the matrix it is drawn with, in page order. */
    record Drawn(BufferedImage image, Matrix ctm) {
    }

    static List<Drawn> of(Path pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(PDImage pdImage) throws IOException {
                        out.add(new Drawn(pdImage.getImage(), getGraphicsState().getCurrentTransformationMatrix().clone()));
                    }

                    @Override
                    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }

                    @Override
                    public void clip(int windingRule) { }

                    @Override
                    public void moveTo(float x, float y) { }

                    @Override
                    public void lineTo(float x, float y) { }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }

                    @Override
                    public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }

                    @Override
                    public void closePath() { }

                    @Override
                    public void endPath() { }

                    @Override
                    public void strokePath() { }

                    @Override
                    public void fillPath(int windingRule) { }

                    @Override
                    public void fillAndStrokePath(int windingRule) { }

                    @Override
                    public void shadingFill(COSName shadingName) { }

                    void run() throws IOException {
                        processPage(getPage());
                    }
                }.run();
            }
        }
        return out;
    }
}

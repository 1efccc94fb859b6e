package io.github.govdisclosure.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines a page draws: stroked horizontal and vertical segments (and the edges
 * of stroked rectangles), and filled rectangles thin enough to be lines. Curves, clipping paths and
 * cell backgrounds are ignored. Coordinates are turned to the text positions' space: origin at the
 * top left of the crop box. Not API.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {
  /** A filled rectangle at most this thick (points) is a line. */
  private static final float THIN = 2.5f;
  /** A segment shorter than this (points) is no ruling line. */
  private static final float SHORTEST = 4f;
  /** Whether a segment is axis-aligned: its other coordinate varies by at most this. */
  private static final float STRAIGHT = 1f;

  private final float left;
  private final float top;
  private final List<Rule> rules = new ArrayList<>();
  private final List<float[]> segments = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private Point2D current;
  private Point2D subpathStart;
  private int images;

  RuleCollector(PDPage page) {
    super(page);
    PDRectangle box = GlyphCollector.box(page);
    this.left = box.getLowerLeftX();
    this.top = box.getUpperRightY();
  }

  /** Collects the page's lines. */
  List<Rule> collect() throws IOException {
    processPage(getPage());
    return rules;
  }

  /** How many images the page drew. */
  int images() {
    return images;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new float[] {x0, y0, x1, y1});
    current = p0;
    subpathStart = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
  }

  @Override
  public void lineTo(float x, float y) {
    if (current != null) {
      segments.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
    }
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    if (current != null && subpathStart != null) {
      segments.add(new float[] {(float) current.getX(), (float) current.getY(),
          (float) subpathStart.getX(), (float) subpathStart.getY()});
      current = subpathStart;
    }
  }

  @Override
  public void endPath() {
    clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : segments) {
      segment(s[0], s[1], s[2], s[3]);
    }
    for (float[] r : rectangles) {
      segment(r[0], r[1], r[2], r[1]);
      segment(r[0], r[3], r[2], r[3]);
      segment(r[0], r[1], r[0], r[3]);
      segment(r[2], r[1], r[2], r[3]);
    }
    clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] r : rectangles) {
      float w = r[2] - r[0];
      float h = r[3] - r[1];
      if (h <= THIN && w >= SHORTEST) {
        segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
      } else if (w <= THIN && h >= SHORTEST) {
        segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
      }
    }
    clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // a clipping path draws nothing
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // a shading draws no line
  }

  private void clear() {
    segments.clear();
    rectangles.clear();
  }

  private void segment(float x0, float y0, float x1, float y1) {
    if (!Float.isFinite(x0) || !Float.isFinite(y0) || !Float.isFinite(x1) || !Float.isFinite(y1)) {
      return;
    }
    float tx0 = x0 - left;
    float tx1 = x1 - left;
    float ty0 = top - y0;
    float ty1 = top - y1;
    if (Math.abs(ty0 - ty1) <= STRAIGHT && Math.abs(tx1 - tx0) >= SHORTEST) {
      rules.add(new Rule(true, (ty0 + ty1) / 2, Math.min(tx0, tx1), Math.max(tx0, tx1)));
    } else if (Math.abs(tx0 - tx1) <= STRAIGHT && Math.abs(ty1 - ty0) >= SHORTEST) {
      rules.add(new Rule(false, (tx0 + tx1) / 2, Math.min(ty0, ty1), Math.max(ty0, ty1)));
    }
  }
}

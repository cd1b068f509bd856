package org.pystrade.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a scene with Java2D into a PNG: the same shapes as the SVG, antialiased, on white, at a scale (2 for a sharp
 * image on high-density screens). Needs no display (a {@link BufferedImage} only).
 */
final class PngRenderer {

  private PngRenderer() {
  }

  static byte[] render(Scene scene, double scale) {
    int w = (int) Math.ceil(scene.width() * scale);
    int h = (int) Math.ceil(scene.height() * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      for (Scene.Shape shape : scene.shapes()) {
        if (shape instanceof Scene.Poly) {
          poly(g, (Scene.Poly) shape);
        } else if (shape instanceof Scene.Line) {
          Scene.Line l = (Scene.Line) shape;
          g.setColor(colour(l.stroke(), 1));
          g.setStroke(l.dashed() ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
              10f, new float[] {4f, 3f}, 0f) : new BasicStroke((float) l.width()));
          g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (shape instanceof Scene.Rect) {
          Scene.Rect r = (Scene.Rect) shape;
          g.setColor(colour(r.fill(), 1));
          g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
        } else {
          text(g, (Scene.Text) shape);
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException ex) {
      throw new UncheckedIOException("could not encode a PNG in memory", ex);
    }
    return bytes.toByteArray();
  }

  private static void poly(Graphics2D g, Scene.Poly p) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, p.n() + 1);
    int next = 0;
    for (int i = 0; i < p.n(); i++) {
      if (next < p.starts().length && p.starts()[next] == i) {
        if (i > 0 && p.fill() != null) {
          path.closePath();
        }
        path.moveTo(p.xs()[i], p.ys()[i]);
        next++;
      } else {
        path.lineTo(p.xs()[i], p.ys()[i]);
      }
    }
    if (p.fill() != null) {
      path.closePath();
      g.setColor(colour(p.fill(), p.fillOpacity()));
      g.fill(path);
    }
    if (p.stroke() != null) {
      g.setColor(colour(p.stroke(), 1));
      g.setStroke(new BasicStroke((float) p.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(path);
    }
  }

  private static void text(Graphics2D g, Scene.Text t) {
    g.setFont(new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size()));
    g.setColor(colour(t.color(), 1));
    FontMetrics metrics = g.getFontMetrics();
    double width = metrics.getStringBounds(t.text(), g).getWidth();
    double x = t.anchor() == Scene.Anchor.START ? t.x() : t.anchor() == Scene.Anchor.MIDDLE ? t.x() - width / 2
        : t.x() - width;
    g.drawString(t.text(), (float) x, (float) t.y());
  }

  private static Color colour(String hex, double opacity) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(opacity * 255));
  }
}

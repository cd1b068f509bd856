package org.pystrade.report.chart;

import java.util.List;
import org.pystrade.report.markup.Markup;

/**
 * Writes a scene as SVG: coordinates rounded to a tenth of a pixel, polylines as one path each with relative moves
 * (a few characters a point), every text escaped.
 */
final class SvgRenderer {

  private SvgRenderer() {
  }

  /**
   * Writes an SVG element.
   *
   * @param scene the scene
   * @param standalone whether to declare the SVG namespace (a file of its own); HTML does not need it
   * @param out where to write
   */
  static void write(Scene scene, boolean standalone, StringBuilder out) {
    out.append("<svg");
    if (standalone) {
      out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    out.append(" viewBox=\"0 0 ").append(scene.width()).append(' ').append(scene.height())
        .append("\" width=\"").append(scene.width()).append("\" height=\"").append(scene.height())
        .append("\" role=\"img\" fill=\"").append(Scene.TEXT_COLOR).append("\" font-family=\"DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif\" "
            + "font-size=\"12\"><title>");
    Markup.append(out, scene.title()).append("</title>");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    List<Scene.Shape> shapes = scene.shapes();
    for (int i = 0; i < shapes.size(); i++) {
      Scene.Shape shape = shapes.get(i);
      if (shape instanceof Scene.Poly) {
        poly(out, (Scene.Poly) shape);
      } else if (shape instanceof Scene.Line) {
        i = lines(out, shapes, i) - 1;
      } else if (shape instanceof Scene.Rect) {
        rect(out, (Scene.Rect) shape);
      } else {
        text(out, (Scene.Text) shape);
      }
    }
    out.append("</svg>");
  }

  private static void poly(StringBuilder out, Scene.Poly p) {
    out.append("<path d=\"");
    int next = 1;
    double px = 0;
    double py = 0;
    boolean closed = p.fill() != null;
    for (int i = 0; i < p.n(); i++) {
      double x = NumberText.tenth(p.xs()[i]);
      double y = NumberText.tenth(p.ys()[i]);
      boolean start = i == 0 || next < p.starts().length && p.starts()[next] == i;
      if (start) {
        if (i > 0) {
          next++;
          if (closed) {
            out.append('Z');
          }
        }
        out.append('M');
        NumberText.coordinate(out, x);
        out.append(' ');
        NumberText.coordinate(out, y);
        out.append('l');
        px = x;
        py = y;
        boolean first = true;
        int end = next < p.starts().length ? p.starts()[next] : p.n();
        for (int j = i + 1; j < end; j++) {
          double xj = NumberText.tenth(p.xs()[j]);
          double yj = NumberText.tenth(p.ys()[j]);
          double dx = xj - px;
          double dy = yj - py;
          if (Math.abs(dx) < 0.05 && Math.abs(dy) < 0.05 && j + 1 < end) {
            continue;
          }
          if (!first && dx >= -0.05) {
            out.append(' ');
          }
          NumberText.coordinate(out, dx);
          if (dy >= -0.05) {
            out.append(' ');
          }
          NumberText.coordinate(out, dy);
          first = false;
          px = xj;
          py = yj;
        }
        if (first) {
          out.append("0 0");
        }
        i = end - 1;
      }
    }
    if (closed) {
      out.append('Z');
    }
    out.append('"');
    if (p.fill() != null) {
      out.append(" fill=\"").append(p.fill()).append('"');
      if (p.fillOpacity() < 1) {
        out.append(" fill-opacity=\"").append(p.fillOpacity()).append('"');
      }
    } else {
      out.append(" fill=\"none\"");
    }
    if (p.stroke() != null) {
      out.append(" stroke=\"").append(p.stroke()).append("\" stroke-width=\"").append(p.strokeWidth())
          .append("\" stroke-linejoin=\"round\"");
    }
    out.append("/>");
  }

  /**
   * A run of lines alike (colour, width, dashes) from index {@code from}, as one path (horizontal and vertical ones
   * with H and V).
   *
   * @return the index after the run
   */
  private static int lines(StringBuilder out, List<Scene.Shape> shapes, int from) {
    Scene.Line first = (Scene.Line) shapes.get(from);
    out.append("<path d=\"");
    int i = from;
    for (; i < shapes.size() && shapes.get(i) instanceof Scene.Line; i++) {
      Scene.Line l = (Scene.Line) shapes.get(i);
      if (!l.stroke().equals(first.stroke()) || l.width() != first.width() || l.dashed() != first.dashed()) {
        break;
      }
      double x1 = NumberText.tenth(l.x1());
      double y1 = NumberText.tenth(l.y1());
      double x2 = NumberText.tenth(l.x2());
      double y2 = NumberText.tenth(l.y2());
      out.append('M');
      NumberText.coordinate(out, x1);
      out.append(' ');
      NumberText.coordinate(out, y1);
      if (y1 == y2) {
        out.append('H');
        NumberText.coordinate(out, x2);
      } else if (x1 == x2) {
        out.append('V');
        NumberText.coordinate(out, y2);
      } else {
        out.append('L');
        NumberText.coordinate(out, x2);
        out.append(' ');
        NumberText.coordinate(out, y2);
      }
    }
    out.append("\" fill=\"none\" stroke=\"").append(first.stroke()).append('"');
    if (first.width() != 1) {
      out.append(" stroke-width=\"").append(first.width()).append('"');
    }
    if (first.dashed()) {
      out.append(" stroke-dasharray=\"4 3\"");
    }
    out.append("/>");
    return i;
  }

  private static void rect(StringBuilder out, Scene.Rect r) {
    out.append("<rect x=\"");
    NumberText.coordinate(out, r.x());
    out.append("\" y=\"");
    NumberText.coordinate(out, r.y());
    out.append("\" width=\"");
    NumberText.coordinate(out, r.w());
    out.append("\" height=\"");
    NumberText.coordinate(out, r.h());
    out.append("\" fill=\"").append(r.fill()).append("\"/>");
  }

  private static void text(StringBuilder out, Scene.Text t) {
    out.append("<text x=\"");
    NumberText.coordinate(out, t.x());
    out.append("\" y=\"");
    NumberText.coordinate(out, t.y());
    out.append('"');
    if (t.anchor() != Scene.Anchor.START) {
      out.append(" text-anchor=\"").append(t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    if (t.size() != Scene.FONT_SIZE) {
      out.append(" font-size=\"");
      NumberText.coordinate(out, t.size());
      out.append('"');
    }
    if (!t.color().equals(Scene.TEXT_COLOR)) {
      out.append(" fill=\"").append(t.color()).append('"');
    }
    if (t.bold()) {
      out.append(" font-weight=\"bold\"");
    }
    out.append('>');
    Markup.append(out, t.text()).append("</text>");
  }
}

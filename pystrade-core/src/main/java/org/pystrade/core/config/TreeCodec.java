package org.pystrade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * A compact binary form of a config tree, exact to the node type (an {@code int} stays an {@code IntNode}): the
 * form in which pysystemtrade's defaults ship, so that start-up reads them without a YAML parse.
 * {@code SystemConfigTest} checks that the bundled form equals the parse of {@code defaults.yaml}.
 */
final class TreeCodec {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int OBJECT = 'O';
  private static final int ARRAY = 'A';
  private static final int TEXT = 'S';
  private static final int TRUE = 'T';
  private static final int FALSE = 'F';
  private static final int NULL = 'N';
  private static final int INT = 'I';
  private static final int LONG = 'L';
  private static final int BIG_INTEGER = 'G';
  private static final int BIG_DECIMAL = 'M';
  private static final int DOUBLE = 'D';

  private TreeCodec() {
  }

  /**
   * Writes a tree.
   *
   * @param node the tree (objects, arrays, text, booleans, null and numbers only)
   * @param out where to write
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for another kind of node
   */
  static void write(JsonNode node, DataOutputStream out) throws IOException {
    if (node.isObject()) {
      out.writeByte(OBJECT);
      out.writeInt(node.size());
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.writeUTF(e.getKey());
        write(e.getValue(), out);
      }
    } else if (node.isArray()) {
      out.writeByte(ARRAY);
      out.writeInt(node.size());
      for (JsonNode x : node) {
        write(x, out);
      }
    } else if (node.isTextual()) {
      out.writeByte(TEXT);
      out.writeUTF(node.textValue());
    } else if (node.isBoolean()) {
      out.writeByte(node.booleanValue() ? TRUE : FALSE);
    } else if (node.isNull()) {
      out.writeByte(NULL);
    } else if (node.isInt()) {
      out.writeByte(INT);
      out.writeInt(node.intValue());
    } else if (node.isLong()) {
      out.writeByte(LONG);
      out.writeLong(node.longValue());
    } else if (node.isBigInteger()) {
      out.writeByte(BIG_INTEGER);
      out.writeUTF(node.bigIntegerValue().toString());
    } else if (node.isBigDecimal()) {
      out.writeByte(BIG_DECIMAL);
      out.writeUTF(node.decimalValue().toString());
    } else if (node.isDouble()) {
      out.writeByte(DOUBLE);
      out.writeLong(Double.doubleToRawLongBits(node.doubleValue()));
    } else {
      throw new IllegalArgumentException("cannot encode a config node of type " + node.getNodeType());
    }
  }

  /**
   * Reads a tree written by {@link #write}.
   *
   * @param in where to read
   * @return the tree
   * @throws IOException if reading fails or the form is corrupt
   */
  static JsonNode read(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case OBJECT: {
        ObjectNode o = F.objectNode();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          o.set(key, read(in));
        }
        return o;
      }
      case ARRAY: {
        ArrayNode a = F.arrayNode();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          a.add(read(in));
        }
        return a;
      }
      case TEXT:
        return F.textNode(in.readUTF());
      case TRUE:
        return F.booleanNode(true);
      case FALSE:
        return F.booleanNode(false);
      case NULL:
        return F.nullNode();
      case INT:
        return F.numberNode(in.readInt());
      case LONG:
        return F.numberNode(in.readLong());
      case BIG_INTEGER:
        return F.numberNode(new BigInteger(in.readUTF()));
      case BIG_DECIMAL:
        return F.numberNode(new BigDecimal(in.readUTF()));
      case DOUBLE:
        return F.numberNode(Double.longBitsToDouble(in.readLong()));
      default:
        throw new IOException("corrupt config tree: tag " + tag);
    }
  }
}

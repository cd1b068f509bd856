package org.pystrade.broker.ib;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads length-prefixed messages from a stream. */
final class MessageReader {

  /** A bound on one message, against a corrupt length: IB's own client refuses more than 16 MB. */
  static final int MAX_MESSAGE = 16 * 1024 * 1024;

  private final DataInputStream in;

  MessageReader(InputStream in) {
    this.in = new DataInputStream(new BufferedInputStream(in, 64 * 1024));
  }

  /**
   * The next message's fields.
   *
   * @throws EOFException when the peer closed the connection
   */
  Fields next() throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_MESSAGE) {
      throw new IOException("a message of " + length + " bytes is outside 0.." + MAX_MESSAGE
          + ": the stream is corrupt or not the TWS API protocol");
    }
    byte[] body = new byte[length];
    in.readFully(body, 0, length);
    return Fields.parse(body, length);
  }
}

package org.pystrade.production.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.production.web.DaemonServer;

/** Loopback by default, a token elsewhere and whenever configured, private secrets, an owner-only state folder. */
class SecurityTest {

  private static final String TOKEN = "s3cret-token-0123456789";

  @TempDir
  Path dir;

  private static int get(String url, Optional<String> auth) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
    auth.ifPresent(a -> r.header("Authorization", a));
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void endpointsBindToLoopbackAndNeedTheTokenWhenOneIsSet() throws Exception {
    try (DaemonServer open = DaemonServer.start("127.0.0.1", 0, Optional.empty(), () -> "m 1\n",
        Optional::empty, () -> "<p>page</p>")) {
      assertThat(open.address().isLoopbackAddress()).isTrue();
      assertThat(get("http://127.0.0.1:" + open.port() + "/metrics", Optional.empty())).isEqualTo(200);
    }
    assertThatThrownBy(() -> DaemonServer.start("0.0.0.0", 0, Optional.empty(), () -> "", Optional::empty,
        () -> "")).hasMessageContaining("a token is required");
    try (DaemonServer guarded = DaemonServer.start("0.0.0.0", 0, Optional.of(TOKEN), () -> "m 1\n",
        () -> Optional.of("crashed: x"), () -> "<p>page</p>")) {
      String base = "http://127.0.0.1:" + guarded.port();
      for (String path : new String[] {"/metrics", "/health", "/"}) {
        assertThat(get(base + path, Optional.empty())).as(path).isEqualTo(401);
        assertThat(get(base + path, Optional.of("Bearer wrong-token-0123456789"))).as(path).isEqualTo(401);
      }
      assertThat(get(base + "/metrics", Optional.of("Bearer " + TOKEN))).isEqualTo(200);
      assertThat(get(base + "/", Optional.of("Bearer " + TOKEN))).isEqualTo(200);
      assertThat(get(base + "/health", Optional.of("Bearer " + TOKEN))).isEqualTo(503);
    }
  }

  @Test
  void secretsComeFromAPrivateFileOrTheEnvironmentAndAreNeverShown() throws Exception {
    Path file = dir.resolve("secrets.properties");
    Files.writeString(file, "PYSTRADE_HTTP_TOKEN=" + TOKEN + "\nDB_PASSWORD=pw-from-file\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> Secrets.load(Optional.of(file), Map.of())).hasMessageContaining("chmod 600");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    Secrets s = Secrets.load(Optional.of(file), Map.of("DB_PASSWORD", "pw-from-env", "MAIL_PASSWORD", "mail"));
    assertThat(s.get("PYSTRADE_HTTP_TOKEN")).contains(TOKEN);
    assertThat(s.get("DB_PASSWORD")).contains("pw-from-file");
    assertThat(s.get("MAIL_PASSWORD")).contains("mail");
    assertThat(s.get("NONE")).isEmpty();
    assertThat(s.toString()).doesNotContain(TOKEN, "pw-from-file", "mail\"").contains("PYSTRADE_HTTP_TOKEN");
  }

  @Test
  void theStateFolderIsCreatedOwnerOnly() throws Exception {
    Path state = dir.resolve("a/b/state");
    assertThat(StateFolder.prepare(state)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
    Files.writeString(state.resolve("x"), "x");
    assertThat(StateFolder.prepare(state)).isFalse();
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(StateFolder.prepare(empty)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(empty))).isEqualTo("rwx------");
  }
}

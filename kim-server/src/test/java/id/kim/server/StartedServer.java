package id.kim.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server with the default configuration on a free 127.0.0.1 port for the tests of one class,
 * stopped after them, and an HTTP client of it:
 * {@code @RegisterExtension static final StartedServer SERVER = new StartedServer();}.
 */
final class StartedServer implements BeforeAllCallback, AfterAllCallback {
  private KimServer server;
  private Http http;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = KimServer.start(ServerConfig.defaults().withPort(0));
    http = new Http(server);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  /** @return the client of the started server */
  Http http() {
    return http;
  }
}

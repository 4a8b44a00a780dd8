/**
 * The KIM SDK as an HTTP service (docs/server.md): {@link id.kim.server.KimServer} started with a
 * {@link id.kim.server.ServerConfig} (127.0.0.1, no API key, CORS off by default), every route declared in
 * {@code Routes}, each request admitted by {@code Guard} (limits, media type, language) and every failure
 * answered as an RFC 9457 problem by {@code Failures}. {@link id.kim.server.Main} is
 * {@code java -jar kim-server.jar}.
 */
package id.kim.server;

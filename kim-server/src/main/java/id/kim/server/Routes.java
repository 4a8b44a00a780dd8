package id.kim.server;

import id.kim.server.api.CatalogueApi;
import id.kim.server.api.DisseminationApi;
import id.kim.server.api.EligibilityApi;
import id.kim.server.api.HealthApi;
import id.kim.server.api.ImpactApi;
import id.kim.server.api.ImportApi;
import id.kim.server.api.LifecycleApi;
import id.kim.server.api.MappingApi;
import id.kim.server.api.OpenApiApi;
import id.kim.server.api.ReportApi;
import id.kim.server.api.TerminationApi;
import id.kim.server.api.ValidateApi;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** Every route of the service, in one place: the address, the method, the media type read, the endpoint. */
final class Routes {
  private static final String JSON = "application/json";

  /** Every {@code /v1} address, for the CORS preflight. */
  private static final List<String> V1_PATHS = List.of("/v1/eligibility", "/v1/validate", "/v1/termination/review",
      "/v1/mapping", "/v1/dissemination/evaluate", "/v1/import/tabel-3-1", "/v1/report", "/v1/rule-sets",
      "/v1/rule-sets/{name}/{version}", "/v1/rules/{id}", "/v1/lifecycle/apply", "/v1/impact");

  private Routes() {}

  /**
   * @param routes Javalin's routes
   * @param guard the admission of each request
   * @param config the configuration (CORS, the region register)
   */
  static void declare(RoutesConfig routes, Guard guard, ServerConfig config) {
    routes.get("/health", guard.get(new HealthApi()));
    routes.get("/openapi.json", guard.get(new OpenApiApi()));
    routes.post("/v1/eligibility", guard.post(JSON, new EligibilityApi(config.regions())));
    routes.post("/v1/validate", guard.post(JSON, new ValidateApi(config.regions())));
    routes.post("/v1/termination/review", guard.post(JSON, new TerminationApi(config.regions())));
    routes.post("/v1/mapping", guard.post(JSON, new MappingApi(config.regions())));
    routes.post("/v1/dissemination/evaluate", guard.post(JSON, new DisseminationApi(config.regions())));
    routes.post("/v1/import/tabel-3-1", guard.post("text/csv", new ImportApi(config.regions())));
    routes.post("/v1/report", guard.post(JSON, new ReportApi(config.regions())));
    routes.get("/v1/rule-sets", guard.get(CatalogueApi.ruleSets()));
    routes.get("/v1/rule-sets/{name}/{version}", guard.get(CatalogueApi.ruleSet()));
    routes.get("/v1/rules/{id}", guard.get(CatalogueApi.rule()));
    routes.post("/v1/lifecycle/apply", guard.post(JSON, new LifecycleApi()));
    routes.post("/v1/impact", guard.post(JSON, new ImpactApi(config.regions())));
    if (!config.corsOrigins().isEmpty()) {
      // CORS preflight of each /v1 address (Access writes the configured origins' headers); declared per
      // address, not as /v1/*, so that an unknown /v1 path stays a 404 for every method
      for (String path : V1_PATHS) {
        routes.options(path, ctx -> ctx.status(204));
      }
    }
  }
}

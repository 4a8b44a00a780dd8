package id.kim.server.api;

/**
 * One endpoint of the service: a pure function of its request. It reads no clock, keeps no state
 * between requests and answers a bad request by throwing a {@link id.kim.server.problem.ProblemException}.
 */
@FunctionalInterface
public interface Endpoint {
  /**
   * @param request the admitted request
   * @return the answer
   * @throws Exception an unexpected failure, answered with a 500 problem without details
   */
  Answer handle(Request request) throws Exception;
}

/**
 * The endpoints of the service, one class per endpoint group, each a pure function from a
 * {@link id.kim.server.api.Request} to an {@link id.kim.server.api.Answer}: request bodies read and
 * validated through kim-json's contract ({@code KimJson.readValid}), answers written with its codecs in the
 * shapes of the {@code kim} command line's {@code --format json}.
 */
package id.kim.server.api;

/**
 * The JSON contract of the KIM SDK: {@link id.kim.json.KimJson} reads and writes every public value
 * of kim-core and the results of kim-rules (decisions, lifecycle, termination, mapping, evaluation),
 * strictly (unknown fields, wrong types and bad
 * codes are rejected with a {@link id.kim.json.JsonProblem} naming the JSONPath, never coerced).
 * kim-core knows nothing of Jackson: each type has a {@link id.kim.json.Codec} built from
 * {@link id.kim.json.Field}s and {@link id.kim.json.ObjectCodec}, reading through the type's public
 * builder or factory. See {@code docs/json.md}.
 *
 * <p>Why explicit codecs rather than Jackson's builder binding: the Immutables builders overload every
 * optional setter ({@code type(KimType)} and {@code type(Optional<? extends KimType>)}), carry
 * {@code from}, {@code add…} and {@code addAll…} methods that look like properties, and their
 * implementation classes are hidden; some types ({@code Dinas}, {@code Citation}, {@code Message})
 * have no public builder at all, only factories that keep them consistent. A codec per type reads
 * through exactly those public entry points, names every problem by its JSONPath, and keeps the
 * field order of the output stable. Results are read back through public builders the rule families
 * offer for this purpose, and what a result derives (a verdict, a classification, a ranking, a
 * recommendation, the state of a trail) is computed again and checked.
 */
package id.kim.json;

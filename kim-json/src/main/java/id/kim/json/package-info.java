/**
 * The JSON contract of the KIM SDK: {@link id.kim.json.KimJson} reads and writes every public value
 * of kim-core and the explanation types of kim-rules, strictly (unknown fields, wrong types and bad
 * codes are rejected with a {@link id.kim.json.JsonProblem} naming the JSONPath, never coerced).
 * kim-core knows nothing of Jackson: each type has a {@link id.kim.json.Codec} built from
 * {@link id.kim.json.Field}s and {@link id.kim.json.ObjectCodec}, reading through the type's public
 * builder or factory. See {@code docs/json.md}.
 */
package id.kim.json;

/**
 * Codecs of the kim-rules results: the explanation spine (findings, decisions), termination
 * indications, the lifecycle (events by {@code "type"}, states, transitions judged again on input,
 * rejections, audit trails replayed on input), the mapping (inputs, policies, the report with its
 * stages; ranking and matrix derived) and the evaluation of dissemination (exact measures, the
 * collaboration evaluation).
 */
package id.kim.json.rules;

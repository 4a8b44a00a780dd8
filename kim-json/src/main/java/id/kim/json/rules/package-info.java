/** Codecs of the kim-rules results: the explanation spine (findings, decisions); the rule families' results join here. */
package id.kim.json.rules;

/** Generators of valid and deliberately invalid KIM SDK values (issue 2, in progress). */
package id.kim.testkit;

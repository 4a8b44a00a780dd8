/** The single Immutables style of the SDK, {@link id.kim.core.style.KimStyle}. */
package id.kim.core.style;

/**
 * The SDK's two languages — Indonesian, the juknis' own and the default, and English — and the
 * reading of its message bundles without falling back to the machine's locale.
 */
package id.kim.core.i18n;

/**
 * The national dataset (issue 12 item 4): one generated convention per Département, built as a convention document
 * with a fixed seed and created through the document use case, for benchmarks and demos (profile {@code national}).
 */
package fr.pacte.jeunational;

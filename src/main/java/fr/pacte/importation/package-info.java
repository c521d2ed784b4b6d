/**
 * Reading of the files people type by hand (a tableau financier in CSV or XLSX, contracts/tableau-financier.md) into
 * the models checked by the rules; `import` is a Java keyword, hence the name.
 */
package fr.pacte.importation;

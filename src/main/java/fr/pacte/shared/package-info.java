/** What every feature shares: money values, formats, the 404 rule and the embedded database for newcomers. */
package fr.pacte.shared;

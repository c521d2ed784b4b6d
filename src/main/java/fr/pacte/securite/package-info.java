/** Users, roles, périmètres and the security configuration: who may see and change what (R-SEC). */
package fr.pacte.securite;
